import { LocalStepFunctions, stateMachineArn } from '../../../src';

const arn = stateMachineArn('context-probe');

function probe() {
  const sfn = new LocalStepFunctions();
  sfn.registerStateMachine({
    stateMachineArn: arn,
    definition: {
      StartAt: 'First',
      States: {
        First: {
          Type: 'Pass',
          Parameters: {
            'executionId.$': '$$.Execution.Id',
            'executionName.$': '$$.Execution.Name',
            'startTime.$': '$$.Execution.StartTime',
            'input.$': '$$.Execution.Input',
            'stateMachineId.$': '$$.StateMachine.Id',
            'stateMachineName.$': '$$.StateMachine.Name',
            'stateName.$': '$$.State.Name',
            'enteredTime.$': '$$.State.EnteredTime',
          },
          ResultPath: '$.first',
          Next: 'Pause',
        },
        Pause: { Type: 'Wait', Seconds: 1, Next: 'Second' },
        Second: {
          Type: 'Pass',
          Parameters: { 'stateName.$': '$$.State.Name', 'enteredTime.$': '$$.State.EnteredTime' },
          ResultPath: '$.second',
          End: true,
        },
      },
    },
  });
  return sfn;
}

describe('the context object of an execution', () => {
  it('carries the execution, state machine and current state as AWS fills them', async () => {
    const sfn = probe();
    const before = Date.now();
    const { executionArn, startDate } = sfn.startExecution({
      stateMachineArn: arn,
      name: 'order-1',
      input: { order: 1 },
    });
    const result = await sfn.waitForExecution(executionArn);
    expect(result.status).toBe('SUCCEEDED');
    const output = JSON.parse(result.output ?? '{}');
    expect(output.first).toMatchObject({
      executionId: 'arn:aws:states:us-east-1:000000000000:execution:context-probe:order-1',
      executionName: 'order-1',
      input: { order: 1 },
      stateMachineId: arn,
      stateMachineName: 'context-probe',
      stateName: 'First',
    });
    expect(executionArn).toBe(output.first.executionId);
    const started = Date.parse(output.first.startTime);
    expect(started).toBeGreaterThanOrEqual(before);
    expect(Math.abs(started - startDate.getTime())).toBeLessThanOrEqual(5);
    expect(output.second.stateName).toBe('Second');
    // The Wait of 1 s lies between the two states' entered times.
    expect(
      Date.parse(output.second.enteredTime) - Date.parse(output.first.enteredTime),
    ).toBeGreaterThanOrEqual(990);
  });

  it('keeps $$.State.EnteredTime of the first entry across retries', async () => {
    const sfn = new LocalStepFunctions({ timeScale: 0.01 });
    let calls = 0;
    const seen: string[] = [];
    sfn.lambdas.register('flaky', async (event: { enteredTime: string }) => {
      seen.push(event.enteredTime);
      calls += 1;
      if (calls < 3) throw Object.assign(new Error('try again'), { name: 'GatewayUnavailable' });
      return { ok: true };
    });
    sfn.registerStateMachine({
      stateMachineArn: arn,
      definition: {
        StartAt: 'Charge',
        States: {
          Charge: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'flaky', Payload: { 'enteredTime.$': '$$.State.EnteredTime' } },
            Retry: [{ ErrorEquals: ['GatewayUnavailable'], IntervalSeconds: 1, MaxAttempts: 3 }],
            End: true,
          },
        },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: arn });
    expect((await sfn.waitForExecution(executionArn)).status).toBe('SUCCEEDED');
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(1);
  });
});
