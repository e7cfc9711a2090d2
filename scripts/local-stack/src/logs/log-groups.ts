import { randomBytes } from 'node:crypto';
import {
  LOG_SERVICES,
  LogService,
  lambdaLogGroupName,
  stateMachineLogGroupName,
  WORKFLOW_LOG_SERVICES,
} from '@unstoppable/core';

/** A workflow of the log contract (`order-workflow`, `cooldown-workflow`). */
export type WorkflowLogService = (typeof WORKFLOW_LOG_SERVICES)[number];

/** A service that logs Powertools lines from a Lambda function. */
export type LambdaLogService = Exclude<LogService, WorkflowLogService>;

const WORKFLOWS: ReadonlySet<string> = new Set(WORKFLOW_LOG_SERVICES);

/**
 * The Lambda services whose lines the local stack forwards: every one of the log contract but
 * the forwarder itself, whose log group infra never subscribes (it would forward its own lines).
 */
export const FORWARDED_LAMBDA_SERVICES: ReadonlySet<string> = new Set(
  LOG_SERVICES.filter((service) => !WORKFLOWS.has(service) && service !== LogService.lokiForwarder),
);

/** The forwarded Lambda service a line's `service` value names, if any. */
export function forwardedLambdaService(service: unknown): LambdaLogService | undefined {
  return typeof service === 'string' && FORWARDED_LAMBDA_SERVICES.has(service)
    ? (service as LambdaLogService)
    : undefined;
}

/** The workflow a state machine named `<prefix>-<workflow>` runs, if it is one of the log contract. */
export function workflowOfStateMachine(
  prefix: string,
  stateMachineName: string,
): WorkflowLogService | undefined {
  const head = `${prefix}-`;
  if (!stateMachineName.startsWith(head)) return undefined;
  const workflow = stateMachineName.slice(head.length);
  return WORKFLOWS.has(workflow) ? (workflow as WorkflowLogService) : undefined;
}

/** The log group a service's lines land in on AWS: the function's, or the state machine's vended logs group. */
export function serviceLogGroup(prefix: string, service: LambdaLogService | WorkflowLogService): string {
  return WORKFLOWS.has(service)
    ? stateMachineLogGroupName(prefix, service as WorkflowLogService)
    : lambdaLogGroupName(prefix, service);
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A Lambda log stream name, `YYYY/MM/DD/[$LATEST]<32 hex>`, as one execution environment writes to. */
export function lambdaLogStreamName(createdAt: Date, instanceHex: string): string {
  const day = `${createdAt.getUTCFullYear()}/${pad(createdAt.getUTCMonth() + 1)}/${pad(createdAt.getUTCDate())}`;
  return `${day}/[$LATEST]${instanceHex}`;
}

/** A state machine's vended-logs stream name, `states/<state machine>/<YYYY-MM-DD-HH>/<8 hex>`. */
export function stateMachineLogStreamName(
  stateMachineName: string,
  createdAt: Date,
  suffixHex: string,
): string {
  const hour = [
    createdAt.getUTCFullYear(),
    pad(createdAt.getUTCMonth() + 1),
    pad(createdAt.getUTCDate()),
    pad(createdAt.getUTCHours()),
  ].join('-');
  return `states/${stateMachineName}/${hour}/${suffixHex}`;
}

/**
 * The log streams of one local stack run: one per function and one per state machine, as a
 * single warm execution environment (or vended-logs stream) would write to, created on first use.
 */
export class LocalLogStreams {
  readonly #names = new Map<string, string>();
  readonly #createdAt: Date;

  constructor(createdAt = new Date()) {
    this.#createdAt = createdAt;
  }

  ofFunction(service: LambdaLogService): string {
    return this.#name(`function:${service}`, () =>
      lambdaLogStreamName(this.#createdAt, randomBytes(16).toString('hex')),
    );
  }

  ofStateMachine(stateMachineName: string): string {
    return this.#name(`states:${stateMachineName}`, () =>
      stateMachineLogStreamName(stateMachineName, this.#createdAt, randomBytes(4).toString('hex')),
    );
  }

  #name(key: string, create: () => string): string {
    let name = this.#names.get(key);
    if (name === undefined) {
      name = create();
      this.#names.set(key, name);
    }
    return name;
  }
}
