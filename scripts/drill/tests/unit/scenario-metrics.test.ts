import { cooldownSteps, retryDelaySteps } from '@unstoppable/state-machine';
import { delayFor, drillWorkflowSettings, scenarioMetrics } from '../../src';
import { captured, execution, journalEntry, order, scenarioRecord, T } from '../support/record-fixture';

const settings = drillWorkflowSettings();

describe('delayFor', () => {
  it('picks the step covering the count, the last step beyond the table', () => {
    const steps = [
      { upTo: 1, seconds: 5 },
      { upTo: 2, seconds: 10 },
      { upTo: 4, seconds: 20 },
    ];
    expect(delayFor(steps, 1)).toBe(5);
    expect(delayFor(steps, 3)).toBe(20);
    expect(delayFor(steps, 9)).toBe(20);
    expect(delayFor([], 1)).toBe(0);
  });
});

/** A full-design outage: one green order, one queued order that settles 8 s after the heal. */
function outageRecord(
  extraJournal = [journalEntry('ReopenCircuit', 'probe-1', T.fault + 9_000, { opens: 2 })],
) {
  return scenarioRecord({
    placed: [
      { orderId: 'green-1', at: 1_000 },
      { orderId: 'queued-1', at: T.fault + 1_000 },
    ],
    orders: [
      order('green-1'),
      order('queued-1', { attempt: 3, statuses: ['QUEUED', 'QUEUED', 'COMPLETED'] }),
    ],
    ledger: [captured('green-1'), captured('queued-1')],
    executions: [
      execution('green-1', 1_000, { transitions: 7 }),
      execution('queued-1', T.fault + 1_000, { transitions: 12 }),
      execution('queued-1-a2', T.fault + 6_000, { transitions: 9 }),
      execution('queued-1-a3', T.heal + 7_000, { stoppedAt: T.heal + 8_000, transitions: 7 }),
      execution('probe-1', T.fault + 8_000),
      execution('trip-1', T.fault + 2_000, { machine: 'cooldown', transitions: 12 }),
    ],
    journal: [
      journalEntry('Charge', 'green-1', 1_010),
      journalEntry('TripCircuit', 'queued-1', T.fault + 2_000, { opens: 1 }),
      journalEntry('StartCooldown', 'queued-1', T.fault + 2_020),
      journalEntry('SendAlert', 'queued-1', T.fault + 2_010, { alertKind: 'CircuitOpened' }),
      ...extraJournal,
    ],
  });
}

describe('scenarioMetrics', () => {
  it('bounds the settle time by the cool-down in effect at the heal + the longest retry delay + 10 s', () => {
    const metrics = scenarioMetrics(outageRecord());
    const cooldown = delayFor(cooldownSteps(settings), 2) * 1000;
    const retryDelay = Math.max(2, delayFor(retryDelaySteps(settings), 2)) * 1000;
    expect(metrics.settleBound).toEqual({
      waitMs: cooldown,
      waitSource: 'cool-down',
      retryDelayMs: retryDelay,
      boundMs: cooldown + retryDelay + 10_000,
    });
    expect(metrics.healToSettledMs).toBe(8_000);
    expect(metrics.queued).toMatchObject({ count: 1, executions: 4, transitions: 12 + 9 + 7 + 12 });
    expect(metrics.greenPath).toEqual({ orders: 1, maxTransitions: 7 });
    expect(metrics.alerts).toEqual({ total: 1, circuitOpened: 1, trips: 1, circuitClosed: 0, closes: 0 });
    expect(metrics.outcomes).toMatchObject({ placed: 2, completed: 2, lost: [] });
  });

  it('takes a reopen by a probe that was already charging at the heal into the bound', () => {
    const lateReopen = journalEntry('ReopenCircuit', 'probe-1', T.heal + 500, { opens: 3 });
    const metrics = scenarioMetrics(outageRecord([lateReopen]));
    expect(metrics.settleBound?.waitMs).toBe(delayFor(cooldownSteps(settings), 3) * 1000);
  });

  it('counts no cool-down when the circuit closed again before the heal', () => {
    const closed = journalEntry('CloseCircuit', 'probe-1', T.fault + 12_000);
    const metrics = scenarioMetrics(outageRecord([closed]));
    expect(metrics.settleBound?.waitSource).toBe('circuit closed');
    expect(metrics.settleBound?.waitMs).toBe(0);
  });

  it('counts the closes by a probe and their recovery alerts, not failed ones', () => {
    const metrics = scenarioMetrics(
      outageRecord([
        journalEntry('CloseCircuit', 'probe-1', T.heal + 1_000),
        journalEntry('AlertCircuitClosed', 'probe-1', T.heal + 1_010, { alertKind: 'CircuitClosed' }),
        journalEntry('CloseCircuit', 'probe-2', T.heal + 2_000, {
          error: 'DynamoDB.ConditionalCheckFailedException',
        }),
      ]),
    );
    expect(metrics.alerts).toMatchObject({ total: 2, circuitClosed: 1, closes: 1 });
  });

  it('uses the operator reaction in the admin-reset mode and counts its resets', () => {
    const record = outageRecord();
    const metrics = scenarioMetrics({
      ...record,
      breaker: 'admin-reset',
      timings: { ...record.timings, operatorReactionMs: 5_000 },
      times: { ...record.times, resets: [T.heal + 5_000] },
    });
    expect(metrics.settleBound).toMatchObject({ waitMs: 5_000, waitSource: 'operator reaction' });
    expect(metrics.adminResets).toBe(1);
  });

  it('sets no bound without a breaker', () => {
    const metrics = scenarioMetrics({ ...outageRecord(), breaker: 'none' });
    expect(metrics.settleBound).toBeUndefined();
  });
});
