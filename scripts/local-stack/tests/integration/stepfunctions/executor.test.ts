import {
  countTransitions,
  enteredStates,
  LocalStackConfigError,
  LocalStepFunctions,
  QueueRegistry,
  stateMachineArn,
  WaitTimeoutError,
} from '../../../src';

const arn = stateMachineArn('exec');
const waitFor = (seconds: number) => ({
  StartAt: 'Hold',
  States: { Hold: { Type: 'Wait', Seconds: seconds, End: true } },
});

describe('LocalStepFunctions.registerStateMachine', () => {
  const register =
    (sfn: LocalStepFunctions, definition: object | string, extra: object = {}) =>
    () =>
      sfn.registerStateMachine({ stateMachineArn: arn, definition: definition as never, ...extra });
  const task = (resource: string) => ({
    StartAt: 'T',
    States: { T: { Type: 'Task', Resource: resource, End: true } },
  });

  it('refuses a resource the executor does not emulate, naming the state', () => {
    const sfn = new LocalStepFunctions();
    expect(register(sfn, task('arn:aws:states:::lambda:invoke.waitForTaskToken'))).toThrow(
      /States\.T\.Resource: .* is not emulated/,
    );
    expect(register(sfn, task('arn:aws:states:::aws-sdk:dynamodb:getItem'))).toThrow(LocalStackConfigError);
  });

  it('refuses a resource whose service the executor was created without', () => {
    expect(register(new LocalStepFunctions(), task('arn:aws:states:::sqs:sendMessage'))).toThrow(
      /without queues/,
    );
    expect(() =>
      new LocalStepFunctions({ services: { queues: new QueueRegistry() } }).registerStateMachine({
        stateMachineArn: arn,
        definition: task('arn:aws:states:::sqs:sendMessage'),
      }),
    ).not.toThrow();
  });

  it('refuses invalid ASL, a malformed ARN and JSONata', () => {
    const sfn = new LocalStepFunctions();
    expect(register(sfn, { StartAt: 'Missing', States: { A: { Type: 'Pass', End: true } } })).toThrow(
      /definition:/,
    );
    expect(() => sfn.registerStateMachine({ stateMachineArn: 'exec', definition: waitFor(1) })).toThrow(
      /stateMachineArn/,
    );
    expect(register(sfn, { ...waitFor(1), QueryLanguage: 'JSONata' })).toThrow(/QueryLanguage/);
    expect(register(sfn, '{ not json')).toThrow(/definition: is not valid JSON/);
  });

  it('accepts a definition as JSON text', async () => {
    const sfn = new LocalStepFunctions();
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: JSON.stringify({ StartAt: 'P', States: { P: { Type: 'Pass', Result: 7, End: true } } }),
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    expect((await sfn.waitForExecution(executionArn)).output).toBe('7');
  });
});

describe('time scaling', () => {
  it('shortens Wait Seconds by the time scale', async () => {
    const sfn = new LocalStepFunctions({ timeScale: 0.001 });
    sfn.registerStateMachine({ stateMachineArn: arn, definition: waitFor(300) });
    const started = Date.now();
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    await sfn.waitForExecution(executionArn);
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(3000);
  });

  it('requires an override for a SecondsPath wait when scaled, and uses it', async () => {
    const dynamic = {
      StartAt: 'Cool',
      States: { Cool: { Type: 'Wait', SecondsPath: '$.seconds', End: true } },
    };
    const sfn = new LocalStepFunctions({ timeScale: 0.01 });
    expect(() => sfn.registerStateMachine({ stateMachineArn: arn, definition: dynamic })).toThrow(
      /waitOverridesMs\.Cool/,
    );
    sfn.registerStateMachine({ stateMachineArn: arn, definition: dynamic, waitOverridesMs: { Cool: 5 } });
    const started = Date.now();
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input: { seconds: 3600 } });
    expect((await sfn.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('runs SecondsPath waits in real time without a scale', async () => {
    const sfn = new LocalStepFunctions();
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: {
        StartAt: 'Cool',
        States: { Cool: { Type: 'Wait', SecondsPath: '$.seconds', End: true } },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input: { seconds: 0 } });
    expect((await sfn.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
  });

  it('refuses a negative or non-finite time scale', () => {
    expect(() => new LocalStepFunctions({ timeScale: -1 })).toThrow(/timeScale/);
    expect(() => new LocalStepFunctions({ timeScale: Number.NaN })).toThrow(/timeScale/);
  });
});

describe('the event log', () => {
  it('lists the states entered with their types and counts transitions with retries', async () => {
    const sfn = new LocalStepFunctions({ timeScale: 0 });
    let calls = 0;
    sfn.lambdas.register('flaky', async () => {
      calls += 1;
      if (calls === 1) throw Object.assign(new Error('blip'), { name: 'GatewayTimeout' });
      return 'ok';
    });
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: {
        StartAt: 'Prepare',
        States: {
          Prepare: { Type: 'Pass', Next: 'Route' },
          Route: {
            Type: 'Choice',
            Choices: [{ Variable: '$.go', BooleanEquals: true, Next: 'Call' }],
            Default: 'Skip',
          },
          Call: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'flaky' },
            Retry: [{ ErrorEquals: ['GatewayTimeout'] }],
            End: true,
          },
          Skip: { Type: 'Succeed' },
        },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input: { go: true } });
    await sfn.waitForExecution(executionArn);
    const events = sfn.getExecutionEvents(executionArn);
    expect(enteredStates(events)).toEqual([
      { name: 'Prepare', type: 'Pass' },
      { name: 'Route', type: 'Choice' },
      { name: 'Call', type: 'Task' },
    ]);
    expect(countTransitions(events)).toBe(4);
    expect(events[0]?.type).toBe('ExecutionStarted');
    expect(events.at(-1)?.type).toBe('ExecutionSucceeded');
    expect(events.find((e) => e.type === 'StateFailed')).toMatchObject({
      stateName: 'Call',
      error: 'GatewayTimeout',
    });
    expect(events.every((e) => e.input === undefined)).toBe(true);
  });

  it('keeps state inputs and outputs with eventData', async () => {
    const sfn = new LocalStepFunctions({ eventData: true });
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: { StartAt: 'P', States: { P: { Type: 'Pass', Result: 2, End: true } } },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input: { n: 1 } });
    await sfn.waitForExecution(executionArn);
    expect(sfn.getExecutionEvents(executionArn).find((e) => e.type === 'StateExited')).toMatchObject({
      input: { n: 1 },
      output: 2,
    });
  });
});

describe('failures, stop and end', () => {
  it('reports a Fail state as FAILED with its error and cause', async () => {
    const sfn = new LocalStepFunctions();
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: {
        StartAt: 'F',
        States: { F: { Type: 'Fail', Error: 'OrderFailed', Cause: 'attempts exhausted' } },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    const result = await sfn.waitForExecution(executionArn);
    expect(result).toMatchObject({ status: 'FAILED', error: 'OrderFailed', cause: 'attempts exhausted' });
    expect(result.stopDate?.getTime()).toBeGreaterThanOrEqual(result.startDate.getTime());
  });

  it('times out a Task that runs past TimeoutSeconds with States.Timeout', async () => {
    const sfn = new LocalStepFunctions();
    sfn.lambdas.register('slow', () => new Promise((resolve) => setTimeout(() => resolve('late'), 1500)));
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: {
        StartAt: 'Slow',
        States: {
          Slow: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'slow' },
            TimeoutSeconds: 1,
            End: true,
          },
        },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    expect((await sfn.waitForExecution(executionArn)).error).toBe('States.Timeout');
    await sfn.end();
  });

  it('stops an execution as ABORTED with the given error and cause', async () => {
    const sfn = new LocalStepFunctions();
    sfn.registerStateMachine({ stateMachineArn: arn, definition: waitFor(3600) });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    await sfn.stopExecution(executionArn, { error: 'Manual', cause: 'operator' });
    expect(sfn.describeExecution(executionArn)).toMatchObject({
      status: 'ABORTED',
      error: 'Manual',
      cause: 'operator',
    });
  });

  it('gives up waiting with WaitTimeoutError', async () => {
    const sfn = new LocalStepFunctions();
    sfn.registerStateMachine({ stateMachineArn: arn, definition: waitFor(3600) });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    await expect(sfn.waitForExecution(executionArn, { timeoutMs: 20 })).rejects.toBeInstanceOf(
      WaitTimeoutError,
    );
    await sfn.end();
  });

  it('end() aborts running executions, waits for Task calls in flight and refuses new executions', async () => {
    const sfn = new LocalStepFunctions();
    let finished = false;
    sfn.lambdas.register('busy', async () => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished = true;
      return 'done';
    });
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: {
        StartAt: 'Busy',
        States: {
          Busy: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'busy' },
            Next: 'Hold',
          },
          Hold: { Type: 'Wait', Seconds: 3600, End: true },
        },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    await new Promise((resolve) => setTimeout(resolve, 10));
    await sfn.end();
    expect(finished).toBe(true);
    expect(sfn.describeExecution(executionArn).status).toBe('ABORTED');
    expect(() => sfn.startExecution({ stateMachineArn: arn })).toThrow(/ended/);
  });

  it('end({ graceMs }) lets short executions finish', async () => {
    const sfn = new LocalStepFunctions({ timeScale: 0.001 });
    sfn.registerStateMachine({ stateMachineArn: arn, definition: waitFor(50) });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    await sfn.end({ graceMs: 2000 });
    expect(sfn.describeExecution(executionArn).status).toBe('SUCCEEDED');
  });
});
