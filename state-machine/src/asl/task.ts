import type {
  InputOutputPaths,
  JsonPath,
  PayloadTemplate,
  ResultPathField,
  StateCommon,
  Transition,
} from './common';

/** One `Retry` entry. */
export interface Retrier {
  readonly ErrorEquals: readonly string[];
  /** Seconds before the first retry; a positive integer. */
  readonly IntervalSeconds?: number;
  /** Retries after the first attempt; 0 means never retry these errors. */
  readonly MaxAttempts?: number;
  /** Multiplier of the interval per retry; at least 1. */
  readonly BackoffRate?: number;
  /** Upper bound of one retry interval, in seconds. */
  readonly MaxDelaySeconds?: number;
  readonly JitterStrategy?: 'FULL' | 'NONE';
}

/** One `Catch` entry: where to go on the named errors, with the error object at `ResultPath`. */
export interface Catcher<N extends string> {
  readonly ErrorEquals: readonly string[];
  readonly Next: N;
  readonly ResultPath?: JsonPath | null;
}

/** Everything a Task state has except its `Type`. */
export type TaskProps<N extends string> = StateCommon &
  InputOutputPaths &
  ResultPathField & {
    /** An integration ARN such as `arn:aws:states:::dynamodb:updateItem`. */
    readonly Resource: string;
    readonly Parameters?: PayloadTemplate;
    readonly ResultSelector?: PayloadTemplate;
    readonly TimeoutSeconds?: number;
    readonly HeartbeatSeconds?: number;
    readonly Retry?: readonly Retrier[];
    readonly Catch?: readonly Catcher<N>[];
  } & Transition<N>;

export type TaskState<N extends string> = { readonly Type: 'Task' } & TaskProps<N>;

/**
 * A Task state. `N` is inferred from `Next` and every `Catch[].Next`, so the state machine that
 * holds it can check them against its state names.
 */
export function task<const N extends string>(props: TaskProps<N>): TaskState<N> {
  return { Type: 'Task', ...props };
}
