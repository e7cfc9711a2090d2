import { executionsByOrder, queuedOrders } from '../../src';
import { execution, journalEntry, order } from '../support/record-fixture';

describe('executionsByOrder', () => {
  it('groups order executions by order id, attempts included, cool-downs left out', () => {
    const grouped = executionsByOrder([
      execution('full-design-00001', 1),
      execution('full-design-00001-a2', 2),
      execution('admin-reset-00007', 3),
      execution('5f0c-trip', 4, { machine: 'cooldown' }),
    ]);
    expect([...grouped.keys()]).toEqual(['full-design-00001', 'admin-reset-00007']);
    expect(grouped.get('full-design-00001')?.map((row) => row.name)).toEqual([
      'full-design-00001',
      'full-design-00001-a2',
    ]);
  });
});

describe('queuedOrders', () => {
  it('with a breaker: costs the ever-QUEUED orders plus every cool-down, and finds when the last settled', () => {
    const result = queuedOrders({
      hasBreaker: true,
      orders: [
        order('green'),
        order('q1', { attempt: 2, statuses: ['QUEUED', 'COMPLETED'] }),
        order('q2', { attempt: 3, statuses: ['QUEUED', 'QUEUED', 'COMPLETED'] }),
      ],
      executions: [
        execution('green', 0, { transitions: 7 }),
        execution('q1', 0, { transitions: 12 }),
        execution('q1-a2', 1_000, { stoppedAt: 5_000, transitions: 7 }),
        execution('q2', 0, { transitions: 12 }),
        execution('q2-a2', 1_000, { transitions: 9 }),
        execution('q2-a3', 2_000, { stoppedAt: 9_000, transitions: 7 }),
        execution('trip', 500, { machine: 'cooldown', transitions: 10 }),
      ],
      journal: [],
    });
    expect(result).toEqual({
      basis: 'queued',
      count: 2,
      executions: 6,
      transitions: 12 + 7 + 12 + 9 + 7 + 10,
      executionsPerOrder: 3,
      transitionsPerOrder: 28.5,
      lastSettledAt: 9_000,
      unsettled: 0,
      maxAttempt: 3,
    });
  });

  it('without a breaker: counts the orders retried in place or FAILED', () => {
    const result = queuedOrders({
      hasBreaker: false,
      orders: [order('green'), order('retried'), order('failed', { status: 'FAILED' })],
      executions: [
        execution('green', 0),
        execution('retried', 0),
        execution('failed', 0, { transitions: 9 }),
      ],
      journal: [
        journalEntry('Charge', 'green', 1),
        journalEntry('Charge', 'retried', 1),
        journalEntry('Charge', 'retried', 2),
        journalEntry('Charge', 'failed', 1),
      ],
    });
    expect(result).toMatchObject({ basis: 'retried or failed', count: 2, executions: 2, unsettled: 1 });
    expect(result.lastSettledAt).toBeUndefined();
  });

  it('leaves the per-order figures out when nothing was queued', () => {
    const result = queuedOrders({ hasBreaker: true, orders: [order('green')], executions: [], journal: [] });
    expect(result).toEqual({
      basis: 'queued',
      count: 0,
      executions: 0,
      transitions: 0,
      unsettled: 0,
      maxAttempt: 0,
    });
  });
});
