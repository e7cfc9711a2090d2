import type { PayloadTemplate } from './common';
import type { StateMachineDefinition } from './state-machine';

/** One Task state's service call. */
export interface TaskIntegration {
  readonly stateName: string;
  /** The integration ARN, e.g. `arn:aws:states:::dynamodb:updateItem`. */
  readonly resource: string;
  /** The state's `Parameters` (empty when it has none). */
  readonly parameters: PayloadTemplate;
}

/**
 * Lists every Task state of a definition with its resource and parameters, in definition order:
 * what infra turns into IAM statements and what the local executor binds adapters to.
 */
export function listTaskIntegrations(definition: StateMachineDefinition): TaskIntegration[] {
  return Object.entries(definition.States).flatMap(([stateName, state]) =>
    state.Type === 'Task'
      ? [{ stateName, resource: state.Resource, parameters: state.Parameters ?? {} }]
      : [],
  );
}
