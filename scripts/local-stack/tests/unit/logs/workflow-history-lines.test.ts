import { historyEventType, historyLine, isLoggedAt } from '../../../src/logs';
import type { ExecutionEvent } from '../../../src/stepfunctions';

const ARN = 'arn:aws:states:us-east-1:000000000000:execution:local-order-workflow:ord-1';

describe('historyEventType', () => {
  it.each<[ExecutionEvent, string | undefined]>([
    [{ type: 'ExecutionStarted', timestamp: 1 }, 'ExecutionStarted'],
    [{ type: 'ExecutionSucceeded', timestamp: 1 }, 'ExecutionSucceeded'],
    [{ type: 'ExecutionFailed', timestamp: 1, error: 'E', cause: 'c' }, 'ExecutionFailed'],
    [{ type: 'ExecutionAborted', timestamp: 1 }, 'ExecutionAborted'],
    [{ type: 'ExecutionTimeout', timestamp: 1 }, 'ExecutionTimedOut'],
    [{ type: 'StateEntered', timestamp: 1, stateName: 'Charge', stateType: 'Task' }, 'TaskStateEntered'],
    [{ type: 'StateExited', timestamp: 1, stateName: 'Is open?', stateType: 'Choice' }, 'ChoiceStateExited'],
    [{ type: 'StateEntered', timestamp: 1, stateName: 'Give up', stateType: 'Fail' }, 'FailStateEntered'],
    [{ type: 'StateFailed', timestamp: 1, stateName: 'Charge', stateType: 'Task', error: 'E' }, 'TaskFailed'],
    [
      { type: 'StateFailed', timestamp: 1, stateName: 'Fan out', stateType: 'Map', error: 'E' },
      'MapStateFailed',
    ],
    [{ type: 'StateFailed', timestamp: 1, stateName: 'Route', stateType: 'Choice', error: 'E' }, undefined],
    [
      { type: 'StateRetried', timestamp: 1, stateName: 'Charge', stateType: 'Task', retryAttempt: 1 },
      undefined,
    ],
    [{ type: 'StateCaught', timestamp: 1, stateName: 'Charge', stateType: 'Task' }, undefined],
  ])('maps %j to %s', (event, type) => {
    expect(historyEventType(event)).toBe(type);
  });
});

describe('isLoggedAt', () => {
  it('logs everything at ALL, failures at ERROR, execution endings at FATAL, nothing at OFF', () => {
    const types = [
      'ExecutionStarted',
      'TaskStateExited',
      'TaskFailed',
      'FailStateEntered',
      'ExecutionFailed',
      'ExecutionTimedOut',
    ];
    const logged = (level: Parameters<typeof isLoggedAt>[0]) =>
      types.filter((type) => isLoggedAt(level, type));
    expect(logged('ALL')).toEqual(types);
    expect(logged('ERROR')).toEqual([
      'TaskFailed',
      'FailStateEntered',
      'ExecutionFailed',
      'ExecutionTimedOut',
    ]);
    expect(logged('FATAL')).toEqual(['ExecutionFailed', 'ExecutionTimedOut']);
    expect(logged('OFF')).toEqual([]);
  });
});

describe('historyLine', () => {
  it('writes a state event with its name and the execution, without execution data', () => {
    const event: ExecutionEvent = {
      type: 'StateExited',
      timestamp: 1_764_288_000_123,
      stateName: 'Trip circuit',
      stateType: 'Task',
      output: { secret: 'never logged' },
    };
    expect(historyLine(event, 'TaskStateExited', 7, ARN)).toBe(
      JSON.stringify({
        id: '7',
        type: 'TaskStateExited',
        details: { name: 'Trip circuit' },
        previous_event_id: '6',
        event_timestamp: '1764288000123',
        execution_arn: ARN,
        redrive_count: '0',
      }),
    );
  });

  it('writes a failure with its error and cause', () => {
    const line = JSON.parse(
      historyLine(
        { type: 'ExecutionFailed', timestamp: 5, error: 'States.Timeout', cause: 'took too long' },
        'ExecutionFailed',
        3,
        ARN,
      ),
    );
    expect(line).toMatchObject({
      type: 'ExecutionFailed',
      details: { error: 'States.Timeout', cause: 'took too long' },
    });
  });
});
