import type { StateMachine } from 'aws-local-stepfunctions';
import type { JsonValue } from '../json';

/** DescribeExecution's status values. */
export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED';

/** An event as aws-local-stepfunctions emits it. */
export type LibraryEvent =
  ReturnType<StateMachine['run']>['eventLogs'] extends AsyncGenerator<infer E> ? E : never;

/**
 * One entry of an execution's event log: the library's event without state data (kept only when
 * the executor runs with `eventData: true`, since inputs add up over many executions).
 */
export interface ExecutionEvent {
  /** ExecutionStarted | StateEntered | StateExited | StateFailed | StateRetried | StateCaught | ExecutionSucceeded | ... */
  readonly type: LibraryEvent['type'];
  /** ms since epoch. */
  readonly timestamp: number;
  readonly stateName?: string;
  /** Task | Choice | Pass | Wait | Parallel | Map | Succeed | Fail. */
  readonly stateType?: string;
  readonly error?: string;
  readonly cause?: string;
  /** For StateRetried: the retrier's attempt number. */
  readonly retryAttempt?: number;
  readonly input?: JsonValue;
  readonly output?: JsonValue;
}

/** What DescribeExecution returns (input and output as JSON text, as AWS does). */
export interface ExecutionDescription {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly status: ExecutionStatus;
  readonly startDate: Date;
  readonly stopDate?: Date;
  readonly input: string;
  readonly output?: string;
  readonly error?: string;
  readonly cause?: string;
}

/** The executor's bookkeeping of one execution. */
export interface ExecutionRecord {
  readonly executionArn: string;
  readonly stateMachineArn: string;
  readonly name: string;
  readonly startDate: Date;
  readonly input: string;
  status: ExecutionStatus;
  stopDate?: Date;
  output?: string;
  error?: string;
  cause?: string;
  readonly events: ExecutionEvent[];
  /** Set by stop/end: adapters then refuse to run further Tasks of this execution. */
  stopRequested: boolean;
  abort: () => void;
  /** Settles once the execution has finished and its event log is complete. */
  done: Promise<void>;
}

export function describeRecord(record: ExecutionRecord): ExecutionDescription {
  const { executionArn, stateMachineArn, name, status, startDate, stopDate, input, output, error, cause } =
    record;
  return {
    executionArn,
    stateMachineArn,
    name,
    status,
    startDate,
    input,
    ...(stopDate ? { stopDate } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(error !== undefined ? { error } : {}),
    ...(cause !== undefined ? { cause } : {}),
  };
}

/** Flattens a library event into an {@link ExecutionEvent}. */
export function toExecutionEvent(event: LibraryEvent, keepData: boolean): ExecutionEvent {
  const state = 'state' in event ? event.state : 'parentState' in event ? event.parentState : undefined;
  const errorInfo =
    'Error' in event
      ? {
          error: event.Error,
          cause: typeof event.Cause === 'string' ? event.Cause : JSON.stringify(event.Cause),
        }
      : {};
  const data =
    keepData && state
      ? {
          input: state.input as JsonValue,
          ...(state.output !== undefined ? { output: state.output as JsonValue } : {}),
        }
      : {};
  return {
    type: event.type,
    timestamp: event.timestamp,
    ...(state ? { stateName: state.name, stateType: state.type } : {}),
    ...errorInfo,
    ...('retry' in event ? { retryAttempt: event.retry.attempt } : {}),
    ...data,
  };
}
