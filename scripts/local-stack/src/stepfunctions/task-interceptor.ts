import type { JsonValue } from '../json';
import type { TaskAdapter, TaskContext } from './task-adapters/task-adapter';

/** One Task call as an interceptor sees it. */
export interface TaskCall {
  /** The Task state's name, e.g. `Charge`. */
  readonly stateName: string;
  /** The state's `Resource`, e.g. `arn:aws:states:::dynamodb:getItem`. */
  readonly resource: string;
  /** The state's effective Parameters (the request the adapter gets). */
  readonly parameters: JsonValue;
  readonly context: TaskContext;
}

/**
 * Wraps Task calls of every execution: to observe them (a journal of calls and outcomes) or to
 * inject faults (throw a `TaskFailedError` named as AWS names it, delay, or change the result).
 * `proceed` runs the next interceptor, and finally the real adapter, with the given Parameters
 * (default: the call's own). An interceptor that never calls `proceed` replaces the service call.
 */
export type TaskInterceptor = (
  call: TaskCall,
  proceed: (parameters?: JsonValue) => Promise<JsonValue>,
) => Promise<JsonValue>;

/**
 * Runs a Task call through the interceptors, first registered outermost, then the adapter.
 * With no interceptors it is exactly `adapter(parameters, context)`.
 */
export function interceptTask(
  interceptors: readonly TaskInterceptor[],
  adapter: TaskAdapter,
  call: TaskCall,
): Promise<JsonValue> {
  const next = (index: number, parameters: JsonValue): Promise<JsonValue> => {
    const interceptor = interceptors[index];
    if (!interceptor) return adapter(parameters, call.context);
    return interceptor({ ...call, parameters }, (changed = parameters) => next(index + 1, changed));
  };
  return next(0, call.parameters);
}
