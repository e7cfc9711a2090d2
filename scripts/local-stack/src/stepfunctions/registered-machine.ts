import { StateMachine } from 'aws-local-stepfunctions';
import { LocalStackConfigError } from '../errors';
import { arnResourceName } from '../local-aws';
import { type AslDefinition, type AslDefinitionInput, parseDefinition, walkStates } from './definition';
import { resolveTaskAdapter, type TaskServices } from './task-adapters/resolve-task-adapter';
import type { TaskAdapter } from './task-adapters/task-adapter';
import { scaleDefinition, type TimeScaling } from './time-scaling';

/** What `registerStateMachine` takes. */
export interface StateMachineRegistration extends Omit<TimeScaling, 'timeScale'> {
  /** The state machine ARN the definitions and callers use. */
  readonly stateMachineArn: string;
  /** The ASL definition (object or JSON text), JSONPath query language. */
  readonly definition: AslDefinitionInput | string;
  /**
   * Validate with asl-validator (paths and ARNs), as aws-local-stepfunctions does by default.
   * @default true
   */
  readonly validate?: boolean;
}

/** A definition ready to run: scaled, with an adapter for every Task state. */
export interface RegisteredMachine {
  readonly arn: string;
  readonly name: string;
  readonly definition: AslDefinition;
  readonly adapters: Readonly<Record<string, TaskAdapter>>;
  /** The `Resource` of every Task state, by state name. */
  readonly resources: Readonly<Record<string, string>>;
  readonly waitTimeOverrides: Record<string, number>;
  readonly retryIntervalOverrides: Record<string, number | number[]>;
}

const STATE_MACHINE_ARN = /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[A-Za-z0-9_-]{1,80}$/;

/** Validates a registration and resolves every Task resource to its local adapter. */
export function prepareStateMachine(
  registration: StateMachineRegistration,
  services: TaskServices,
  timeScale: number,
): RegisteredMachine {
  if (
    typeof registration.stateMachineArn !== 'string' ||
    !STATE_MACHINE_ARN.test(registration.stateMachineArn)
  ) {
    throw new LocalStackConfigError(
      'stateMachineArn',
      `"${String(registration.stateMachineArn)}" is not a state machine ARN (arn:aws:states:<region>:<account>:stateMachine:<name>)`,
    );
  }
  const definition = parseDefinition(registration.definition);
  if (registration.validate ?? true) {
    try {
      new StateMachine(definition);
    } catch (error) {
      throw new LocalStackConfigError('definition', (error as Error).message);
    }
  }
  const adapters: Record<string, TaskAdapter> = {};
  const resources = new Map<string, string>();
  walkStates(definition, (name, state) => {
    if (state.Type !== 'Task') return;
    const resource = String(state.Resource);
    const seen = resources.get(name);
    if (seen !== undefined && seen !== resource) {
      throw new LocalStackConfigError(
        `States.${name}`,
        'two Task states share this name with different resources',
      );
    }
    resources.set(name, resource);
    adapters[name] = resolveTaskAdapter(resource, services, name);
  });
  return {
    arn: registration.stateMachineArn,
    name: arnResourceName(registration.stateMachineArn),
    definition: scaleDefinition(definition, { ...registration, timeScale }),
    adapters,
    resources: Object.fromEntries(resources),
    waitTimeOverrides: { ...registration.waitOverridesMs },
    retryIntervalOverrides: Object.fromEntries(
      Object.entries(registration.retryOverridesMs ?? {}).map(([name, value]) => [
        name,
        typeof value === 'number' ? value : [...value],
      ]),
    ),
  };
}
