import { StateMachine } from 'aws-local-stepfunctions';
import type { State, StateMachineDefinition } from '../../src';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A stub for one Task state: returns the service's answer or throws an error named like AWS's. */
export type TaskStub = (input: Record<string, unknown>) => unknown;

export interface LocalRun {
  readonly output: unknown;
  /** States entered, in order. */
  readonly visited: string[];
  /** Effective input (Parameters applied) of each task call, by state name. */
  readonly calls: Record<string, Record<string, unknown>[]>;
  /** Set when the execution failed. */
  readonly failure?: string;
}

/** An error as a service integration reports it (`name` is what Retry/Catch match). */
export function awsError(name: string, message = name): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/**
 * Runs a definition in aws-local-stepfunctions with every Task served by a stub (an unstubbed
 * task fails the test), Waits and retry intervals shortened to zero, and the execution name in
 * the context object.
 */
export async function runLocally(
  definition: StateMachineDefinition,
  input: unknown,
  stubs: Record<string, TaskStub>,
  executionName = 'order-1',
): Promise<LocalRun> {
  const states = Object.entries(definition.States as Record<string, State<string>>);
  const calls: Record<string, Record<string, unknown>[]> = {};
  const unstubbed: string[] = [];
  const handlers = Object.fromEntries(
    states
      .filter(([, state]) => state.Type === 'Task')
      .map(([name]) => [
        name,
        async (taskInput: Json) => {
          calls[name] = [...(calls[name] ?? []), taskInput as Record<string, unknown>];
          const stub = stubs[name];
          if (!stub) {
            unstubbed.push(name);
            throw awsError('Test.Unstubbed', `no stub for ${name}`);
          }
          return stub(taskInput as Record<string, unknown>) as Json;
        },
      ]),
  );
  const zeroWaits = Object.fromEntries(
    states.filter(([, state]) => state.Type === 'Wait').map(([name]) => [name, 0]),
  );
  const zeroRetries = Object.fromEntries(
    states.filter(([, state]) => state.Type === 'Task' && state.Retry).map(([name]) => [name, 0]),
  );
  const machine = new StateMachine(JSON.parse(JSON.stringify(definition)));
  const execution = machine.run(input as Json, {
    overrides: {
      taskResourceLocalHandlers: handlers,
      waitTimeOverrides: zeroWaits,
      retryIntervalOverrides: zeroRetries,
    },
    context: { Execution: { Name: executionName } },
  });
  const visited: string[] = [];
  const collect = (async () => {
    for await (const event of execution.eventLogs) {
      if (event.type === 'StateEntered') visited.push(event.state.name);
    }
  })();
  let output: unknown;
  let failure: string | undefined;
  try {
    output = await execution.result;
  } catch (error) {
    failure = (error as Error).message;
  }
  await collect;
  if (unstubbed.length > 0) throw new Error(`unstubbed tasks called: ${unstubbed.join(', ')}`);
  return { output, visited, calls, ...(failure === undefined ? {} : { failure }) };
}
