import {
  type AslDefinitionInput,
  type JsonValue,
  LocalStepFunctions,
  lambdaArn,
  stateMachineArn,
  type TaskCall,
  TaskFailedError,
} from '../../../src';

const arn = stateMachineArn('intercepted');
const echoArn = lambdaArn('echo');

/** Read -> Charge, each a lambda:invoke of `echo`; Read retries and catches a throttling error. */
const definition: AslDefinitionInput = {
  StartAt: 'Read',
  States: {
    Read: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: echoArn, Payload: { step: 'read' } },
      ResultSelector: { 'payload.$': '$.Payload' },
      ResultPath: '$.read',
      Retry: [
        {
          ErrorEquals: ['DynamoDB.ProvisionedThroughputExceededException'],
          IntervalSeconds: 1,
          MaxAttempts: 1,
        },
      ],
      Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Caught' }],
      Next: 'Charge',
    },
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: echoArn, 'Payload.$': '$.charge' },
      ResultSelector: { 'payload.$': '$.Payload' },
      ResultPath: '$.charged',
      End: true,
    },
    Caught: { Type: 'Pass', End: true },
  },
};

function executor() {
  const sfn = new LocalStepFunctions({ timeScale: 0.001 });
  const invocations: unknown[] = [];
  sfn.lambdas.register(echoArn, async (event: unknown) => {
    invocations.push(event);
    return event;
  });
  sfn.registerStateMachine({ stateMachineArn: arn, definition });
  const run = async (input: JsonValue = { charge: { amount: 5 } }) => {
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input });
    const result = await sfn.waitForExecution(executionArn);
    return { executionArn, result, output: result.output ? JSON.parse(result.output) : undefined };
  };
  return { sfn, invocations, run };
}

const throttled = () =>
  new TaskFailedError(
    'DynamoDB.ProvisionedThroughputExceededException',
    'Rate of requests exceeds capacity.',
  );

describe('LocalStepFunctions.interceptTasks', () => {
  it('shows every Task call with its state, resource, parameters and execution, and passes results through', async () => {
    const { sfn, run } = executor();
    const calls: TaskCall[] = [];
    const results: JsonValue[] = [];
    sfn.interceptTasks(async (call, proceed) => {
      calls.push(call);
      const result = await proceed();
      results.push(result);
      return result;
    });
    const { executionArn, output } = await run();
    expect(calls.map((call) => call.stateName)).toEqual(['Read', 'Charge']);
    expect(calls[1]).toEqual({
      stateName: 'Charge',
      resource: 'arn:aws:states:::lambda:invoke',
      parameters: { FunctionName: echoArn, Payload: { amount: 5 } },
      context: { executionArn, stateMachineArn: arn },
    });
    expect(results[1]).toMatchObject({ Payload: { amount: 5 }, StatusCode: 200 });
    expect(output.charged).toEqual({ payload: { amount: 5 } });
  });

  it('injects a failure that Retry and Catch treat exactly like the service error it is named after', async () => {
    const { sfn, invocations, run } = executor();
    let failures = 0;
    sfn.interceptTasks((call, proceed) => {
      if (call.stateName !== 'Read') return proceed();
      failures += 1;
      return Promise.reject(throttled());
    });
    const { result, output } = await run();
    expect(result.status).toBe('SUCCEEDED');
    expect(failures).toBe(2); // the first call and its one retry
    expect(output.error).toEqual({
      Error: 'DynamoDB.ProvisionedThroughputExceededException',
      Cause: 'Rate of requests exceeds capacity.',
    });
    expect(invocations).toEqual([]); // never reached the function
  });

  it('runs interceptors outermost first and lets one change the parameters the next one and the adapter get', async () => {
    const { sfn, invocations, run } = executor();
    const order: string[] = [];
    sfn.interceptTasks((call, proceed) => {
      order.push(`outer:${call.stateName}`);
      if (call.stateName !== 'Charge') return proceed();
      return proceed({ FunctionName: echoArn, Payload: { amount: 7 } });
    });
    sfn.interceptTasks((call, proceed) => {
      order.push(
        `inner:${call.stateName}:${JSON.stringify((call.parameters as { Payload: unknown }).Payload)}`,
      );
      return proceed();
    });
    const { output } = await run();
    expect(order).toEqual([
      'outer:Read',
      'inner:Read:{"step":"read"}',
      'outer:Charge',
      'inner:Charge:{"amount":7}',
    ]);
    expect(invocations).toEqual([{ step: 'read' }, { amount: 7 }]);
    expect(output.charged).toEqual({ payload: { amount: 7 } });
  });

  it('replaces the service call when an interceptor answers without proceeding', async () => {
    const { sfn, invocations, run } = executor();
    sfn.interceptTasks(async (call, proceed) =>
      call.stateName === 'Charge' ? { Payload: { amount: 0, replaced: true } } : proceed(),
    );
    const { output } = await run();
    expect(output.charged).toEqual({ payload: { amount: 0, replaced: true } });
    expect(invocations).toEqual([{ step: 'read' }]);
  });

  it('stops intercepting once removed, and applies to executions that were already running', async () => {
    const { sfn, run } = executor();
    const seen: string[] = [];
    const remove = sfn.interceptTasks(async (call, proceed) => {
      seen.push(call.stateName);
      return proceed();
    });
    await run();
    remove();
    await run();
    expect(seen).toEqual(['Read', 'Charge']);

    // Added while an execution waits inside its first Task: its second Task is intercepted.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    sfn.lambdas.register(echoArn, async (event: unknown) => {
      if ((event as { step?: string }).step === 'read') await gate;
      return event;
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input: { charge: { amount: 1 } } });
    const late: string[] = [];
    await new Promise((resolve) => setTimeout(resolve, 20));
    sfn.interceptTasks(async (call, proceed) => {
      late.push(call.stateName);
      return proceed();
    });
    release();
    await sfn.waitForExecution(executionArn);
    expect(late).toEqual(['Charge']);
  });

  it('takes interceptors as an option too', async () => {
    const sfn = new LocalStepFunctions({
      taskInterceptors: [async () => ({ Payload: 'from option' })],
    });
    sfn.registerStateMachine({ stateMachineArn: arn, definition });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input: { charge: {} } });
    const output = JSON.parse((await sfn.waitForExecution(executionArn)).output ?? '{}');
    expect(output.charged).toEqual({ payload: 'from option' });
  });
});
