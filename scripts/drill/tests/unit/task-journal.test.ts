import type { TaskCall } from '@unstoppable/local-stack';
import { TaskJournal } from '../../src';

const call = (stateName: string, parameters: unknown = {}): TaskCall => ({
  stateName,
  resource: 'arn:aws:states:::dynamodb:updateItem',
  parameters: parameters as never,
  context: {
    executionArn: 'arn:aws:states:us-east-1:000000000000:execution:local-order-workflow:order-1-a2',
    stateMachineArn: 'arn:aws:states:us-east-1:000000000000:stateMachine:local-order-workflow',
  },
});

describe('TaskJournal', () => {
  it('records each call with its execution name, timing and outcome, and passes results and errors through', async () => {
    let now = 100;
    const journal = new TaskJournal(() => now);
    const result = await journal.interceptor(call('Charge'), async () => {
      now = 150;
      return { Payload: { chargeId: 'ch' } };
    });
    expect(result).toEqual({ Payload: { chargeId: 'ch' } });
    const failure = Object.assign(new Error('down'), { name: 'GatewayUnavailable' });
    await expect(
      journal.interceptor(call('Charge'), async () => {
        now = 170;
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(journal.all()).toEqual([
      expect.objectContaining({ state: 'Charge', execution: 'order-1-a2', startedAt: 100, endedAt: 150 }),
      expect.objectContaining({ state: 'Charge', startedAt: 150, endedAt: 170, error: 'GatewayUnavailable' }),
    ]);
    expect(journal.of('Charge', { succeeded: true })).toHaveLength(1);
  });

  it('keeps the consecutive opens a trip wrote and the kind of an admin alert', async () => {
    const journal = new TaskJournal();
    await journal.interceptor(call('TripCircuit'), async () => ({
      Attributes: { consecutiveOpens: { N: '2' } },
    }));
    await journal.interceptor(
      call('AlertCircuitOpened', {
        MessageAttributes: { alertKind: { DataType: 'String', StringValue: 'CircuitOpened' } },
      }),
      async () => ({ MessageId: 'm' }),
    );
    expect(journal.of('TripCircuit')[0]?.opens).toBe(2);
    expect(journal.of('AlertCircuitOpened')[0]?.alertKind).toBe('CircuitOpened');
  });
});
