import {
  ExecutionAbortedError,
  ExecutionError,
  ExecutionTimeoutError,
  StateMachine,
} from 'aws-local-stepfunctions';
import { TaskFailedError } from '../errors';
import type { JsonValue } from '../json';
import type { ExecutionRecord } from './execution-record';
import { toExecutionEvent } from './execution-record';
import type { RegisteredMachine } from './registered-machine';
import { type StateContext, trackStateEntries } from './state-tracker';
import { interceptTask, type TaskInterceptor } from './task-interceptor';

/** A Task refused because its execution was stopped: neither retried nor caught, as on AWS. */
class ExecutionStoppedError extends TaskFailedError {
  get isRetryable(): boolean {
    return false;
  }
  get isCatchable(): boolean {
    return false;
  }
}

export interface RunOptions {
  readonly roleArn: string;
  readonly keepEventData: boolean;
  readonly clock: () => number;
  /** Every adapter call of the execution is reported here, so shutdown can wait for it. */
  readonly trackTask: (task: Promise<unknown>) => void;
  /** The interceptors in force when a Task is called (read per call, so they can change meanwhile). */
  readonly interceptors: () => readonly TaskInterceptor[];
}

/** The context object AWS gives an execution (aws-local-stepfunctions adds Execution.Input/StartTime). */
function contextObject(
  record: ExecutionRecord,
  machine: RegisteredMachine,
  roleArn: string,
  state: StateContext,
) {
  return {
    Execution: { Id: record.executionArn, Name: record.name, RoleArn: roleArn, RedriveCount: 0 },
    StateMachine: { Id: machine.arn, Name: machine.name },
    State: state,
  };
}

function taskHandlers(record: ExecutionRecord, machine: RegisteredMachine, options: RunOptions) {
  const taskContext = { executionArn: record.executionArn, stateMachineArn: machine.arn };
  return Object.fromEntries(
    Object.entries(machine.adapters).map(([stateName, adapter]) => [
      stateName,
      (input: JsonValue) => {
        if (record.stopRequested) {
          return Promise.reject(new ExecutionStoppedError('States.Runtime', 'The execution was stopped.'));
        }
        const task = interceptTask(options.interceptors(), adapter, {
          stateName,
          resource: machine.resources[stateName] ?? '',
          parameters: input,
          context: taskContext,
        });
        options.trackTask(task);
        return task;
      },
    ]),
  );
}

/** Maps how the library's run ended onto the record's status, error and cause. */
function settle(record: ExecutionRecord, outcome: PromiseSettledResult<JsonValue>, now: Date): void {
  if (record.status !== 'RUNNING') return;
  record.stopDate = now;
  if (outcome.status === 'fulfilled') {
    record.status = 'SUCCEEDED';
    record.output = JSON.stringify(outcome.value);
    return;
  }
  const reason = outcome.reason as unknown;
  if (reason instanceof ExecutionAbortedError) {
    record.status = 'ABORTED';
  } else if (reason instanceof ExecutionTimeoutError) {
    record.status = 'TIMED_OUT';
    record.error = 'States.Timeout';
  } else {
    const failure =
      reason instanceof ExecutionError && reason.cause instanceof Error ? reason.cause : (reason as Error);
    record.status = 'FAILED';
    record.error = failure?.name ?? 'States.Runtime';
    record.cause = failure?.message;
  }
}

/**
 * Starts one execution in the background with aws-local-stepfunctions: the context object AWS
 * would give, an adapter per Task state, scaled waits, and the event log collected on the record.
 */
export function runExecution(
  record: ExecutionRecord,
  machine: RegisteredMachine,
  input: JsonValue,
  options: RunOptions,
): void {
  const state: StateContext = { Name: '', EnteredTime: '' };
  const stateMachine = new StateMachine(trackStateEntries(machine.definition, state, options.clock), {
    validationOptions: { noValidate: true },
  });
  const run = stateMachine.run(input, {
    overrides: {
      taskResourceLocalHandlers: taskHandlers(record, machine, options),
      waitTimeOverrides: machine.waitTimeOverrides,
      retryIntervalOverrides: machine.retryIntervalOverrides,
    },
    context: contextObject(record, machine, options.roleArn, state),
  });
  record.abort = run.abort;
  const eventsCollected = (async () => {
    for await (const event of run.eventLogs)
      record.events.push(toExecutionEvent(event, options.keepEventData));
  })();
  record.done = Promise.allSettled([run.result, eventsCollected]).then(([outcome]) => {
    settle(record, outcome, new Date(options.clock()));
  });
}
