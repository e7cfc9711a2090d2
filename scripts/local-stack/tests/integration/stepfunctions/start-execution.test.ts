import { AwsServiceError, countTransitions, LocalStepFunctions, stateMachineArn } from '../../../src';

const parentArn = stateMachineArn('parent');
const childArn = stateMachineArn('child');

/** A child that waits (so it is still running while the parent starts it again). */
function setup() {
  const sfn = new LocalStepFunctions({ timeScale: 0.001 });
  sfn.registerStateMachine({
    stateMachineArn: childArn,
    definition: { StartAt: 'Hold', States: { Hold: { Type: 'Wait', Seconds: 100, End: true } } },
  });
  return sfn;
}

const start = (name: string, input: object, next: object) => ({
  Type: 'Task',
  Resource: 'arn:aws:states:::states:startExecution',
  Parameters: { StateMachineArn: childArn, Name: name, Input: input },
  ...next,
});

describe('states:startExecution', () => {
  it('starts the child and returns { ExecutionArn, StartDate }', async () => {
    const sfn = setup();
    sfn.registerStateMachine({
      stateMachineArn: parentArn,
      definition: {
        StartAt: 'Start',
        States: { Start: start('trip-1', { 'tripId.$': '$.tripId' }, { End: true }) },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: parentArn, input: { tripId: 'trip-1' } });
    const parent = await sfn.waitForExecution(executionArn);
    const output = JSON.parse(parent.output ?? '{}');
    expect(output.ExecutionArn).toBe('arn:aws:states:us-east-1:000000000000:execution:child:trip-1');
    expect(typeof output.StartDate).toBe('number');
    const child = await sfn.waitForExecution(output.ExecutionArn);
    expect(child).toMatchObject({
      status: 'SUCCEEDED',
      input: '{"tripId":"trip-1"}',
      stateMachineArn: childArn,
    });
    expect(child.startDate.getTime()).toBe(output.StartDate);
  });

  it('returns the same execution for the same name and input while it runs, and ExecutionAlreadyExists for another input', async () => {
    const sfn = setup();
    sfn.registerStateMachine({
      stateMachineArn: parentArn,
      definition: {
        StartAt: 'First',
        States: {
          First: start('trip-2', { n: 1 }, { ResultPath: '$.first', Next: 'Again' }),
          Again: start('trip-2', { n: 1 }, { ResultPath: '$.again', Next: 'Other' }),
          Other: start(
            'trip-2',
            { n: 2 },
            {
              ResultPath: '$.other',
              Catch: [
                {
                  ErrorEquals: ['StepFunctions.ExecutionAlreadyExistsException'],
                  ResultPath: '$.clash',
                  Next: 'Done',
                },
              ],
              Next: 'Done',
            },
          ),
          Done: { Type: 'Succeed' },
        },
      },
    });
    const { executionArn } = sfn.startExecution({ stateMachineArn: parentArn });
    const output = JSON.parse((await sfn.waitForExecution(executionArn)).output ?? '{}');
    expect(output.again.ExecutionArn).toBe(output.first.ExecutionArn);
    expect(output.again.StartDate).toBe(output.first.StartDate);
    expect(output.clash.Error).toBe('StepFunctions.ExecutionAlreadyExistsException');
    expect(output).not.toHaveProperty('other');
    expect(sfn.listExecutions({ stateMachineArn: childArn })).toHaveLength(1);
  });
});

describe('LocalStepFunctions.startExecution', () => {
  const code = (action: () => unknown) => {
    try {
      action();
    } catch (error) {
      expect(error).toBeInstanceOf(AwsServiceError);
      return (error as AwsServiceError).name;
    }
    return 'no error';
  };

  it('refuses a reused name once the execution has closed, whatever the input', async () => {
    const sfn = setup();
    const { executionArn } = sfn.startExecution({ stateMachineArn: childArn, name: 'n1', input: '{"a":1}' });
    expect(sfn.startExecution({ stateMachineArn: childArn, name: 'n1', input: { a: 1 } }).executionArn).toBe(
      executionArn,
    );
    await sfn.waitForExecution(executionArn);
    expect(code(() => sfn.startExecution({ stateMachineArn: childArn, name: 'n1', input: { a: 1 } }))).toBe(
      'ExecutionAlreadyExists',
    );
  });

  it('keeps names unique per state machine only', async () => {
    const sfn = setup();
    sfn.registerStateMachine({
      stateMachineArn: parentArn,
      definition: { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } },
    });
    const a = sfn.startExecution({ stateMachineArn: childArn, name: 'same' });
    const b = sfn.startExecution({ stateMachineArn: parentArn, name: 'same' });
    expect(a.executionArn).not.toBe(b.executionArn);
    await sfn.waitForIdle();
  });

  it('refuses invalid names, unknown state machines and input that is not JSON', () => {
    const sfn = setup();
    expect(code(() => sfn.startExecution({ stateMachineArn: childArn, name: 'has space' }))).toBe(
      'InvalidName',
    );
    expect(code(() => sfn.startExecution({ stateMachineArn: childArn, name: 'a:b' }))).toBe('InvalidName');
    expect(code(() => sfn.startExecution({ stateMachineArn: childArn, name: 'x'.repeat(81) }))).toBe(
      'InvalidName',
    );
    expect(code(() => sfn.startExecution({ stateMachineArn: childArn, name: 'tab\u0007' }))).toBe(
      'InvalidName',
    );
    expect(code(() => sfn.startExecution({ stateMachineArn: stateMachineArn('missing') }))).toBe(
      'StateMachineDoesNotExist',
    );
    expect(code(() => sfn.startExecution({ stateMachineArn: childArn, input: '{not json' }))).toBe(
      'InvalidExecutionInput',
    );
    expect(
      code(() => sfn.describeExecution('arn:aws:states:us-east-1:000000000000:execution:child:none')),
    ).toBe('ExecutionDoesNotExist');
  });

  it('lists executions newest first, filtered by state machine and status', async () => {
    const sfn = setup();
    const first = sfn.startExecution({ stateMachineArn: childArn, name: 'first' });
    const second = sfn.startExecution({ stateMachineArn: childArn, name: 'second' });
    expect(sfn.listExecutions({ statusFilter: 'RUNNING' }).map((e) => e.executionArn)).toEqual([
      second.executionArn,
      first.executionArn,
    ]);
    await sfn.waitForIdle();
    expect(sfn.listExecutions({ stateMachineArn: childArn, statusFilter: 'SUCCEEDED' })).toHaveLength(2);
    expect(countTransitions(sfn.getExecutionEvents(first.executionArn))).toBe(1);
  });
});
