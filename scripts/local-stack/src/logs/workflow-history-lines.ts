import type { ExecutionEvent } from '../stepfunctions';

/** A state machine's `LoggingConfiguration.Level`. */
export type WorkflowLogLevel = 'ALL' | 'ERROR' | 'FATAL' | 'OFF';

export const WORKFLOW_LOG_LEVELS: readonly WorkflowLogLevel[] = ['ALL', 'ERROR', 'FATAL', 'OFF'];

/** History event types logged at FATAL: how an execution ended badly. */
const FATAL_TYPES: ReadonlySet<string> = new Set([
  'ExecutionFailed',
  'ExecutionAborted',
  'ExecutionTimedOut',
]);

/** History event types logged at ERROR: FATAL's plus failed states. */
const ERROR_TYPES: ReadonlySet<string> = new Set([
  ...FATAL_TYPES,
  'TaskFailed',
  'MapStateFailed',
  'ParallelStateFailed',
  'FailStateEntered',
]);

/** Whether a state machine logging at `level` writes events of `type` to CloudWatch Logs. */
export function isLoggedAt(level: WorkflowLogLevel, type: string): boolean {
  if (level === 'ALL') return true;
  if (level === 'ERROR') return ERROR_TYPES.has(type);
  if (level === 'FATAL') return FATAL_TYPES.has(type);
  return false;
}

/**
 * The Step Functions history event type of an executor event (`StateEntered` of a Task ->
 * `TaskStateEntered`, `ExecutionTimeout` -> `ExecutionTimedOut`, a failed Task -> `TaskFailed`).
 * Events with no history counterpart (retries, catches, branch and iteration events) give undefined.
 */
export function historyEventType(event: ExecutionEvent): string | undefined {
  switch (event.type) {
    case 'ExecutionStarted':
    case 'ExecutionSucceeded':
    case 'ExecutionFailed':
    case 'ExecutionAborted':
      return event.type;
    case 'ExecutionTimeout':
      return 'ExecutionTimedOut';
    case 'StateEntered':
    case 'StateExited':
      return event.stateType ? `${event.stateType}State${event.type.slice('State'.length)}` : undefined;
    case 'StateFailed':
      if (event.stateType === 'Task') return 'TaskFailed';
      return event.stateType === 'Map' || event.stateType === 'Parallel'
        ? `${event.stateType}StateFailed`
        : undefined;
    default:
      return undefined;
  }
}

function details(event: ExecutionEvent): Record<string, string> {
  const out: Record<string, string> = {};
  if (event.type === 'StateEntered' || event.type === 'StateExited') {
    if (event.stateName !== undefined) out.name = event.stateName;
    return out;
  }
  if (event.error !== undefined) out.error = event.error;
  if (event.cause !== undefined) out.cause = event.cause;
  return out;
}

/**
 * One execution history event as a state machine writes it to its log group (execution data
 * not included, as infra configures it): `{id, type, details, previous_event_id, event_timestamp,
 * execution_arn, redrive_count}`. `id` is the event's 1-based position in the execution's log.
 */
export function historyLine(event: ExecutionEvent, type: string, id: number, executionArn: string): string {
  return JSON.stringify({
    id: String(id),
    type,
    details: details(event),
    previous_event_id: String(id - 1),
    event_timestamp: String(event.timestamp),
    execution_arn: executionArn,
    redrive_count: '0',
  });
}
