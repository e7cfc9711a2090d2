import { type ScenarioMetrics, scenarioMetrics, targetChecks } from '../../src';
import { captured, order, scenarioRecord } from '../support/record-fixture';

const base = scenarioMetrics(scenarioRecord());

function metrics(extra: Partial<ScenarioMetrics>): ScenarioMetrics {
  return { ...base, ...extra };
}

const byTarget = (checks: ReturnType<typeof targetChecks>, prefix: string) =>
  checks.find((check) => check.target.startsWith(prefix));

describe('targetChecks', () => {
  it('checks only acceptance, lost and double charges for fault scenarios and the no-breaker mode', () => {
    expect(targetChecks(metrics({ kind: 'fault' })).map((c) => c.target)).toEqual([
      'every order sent is accepted',
      '0 lost orders',
      '0 double charges',
    ]);
    expect(targetChecks(metrics({ breaker: 'none' }))).toHaveLength(3);
  });

  it('fails a scenario whose orders the API rejected, or that placed none', () => {
    const placedTwo = scenarioMetrics(
      scenarioRecord({
        placed: [
          { orderId: 'a', at: 1 },
          { orderId: 'b', at: 2 },
        ],
        rejected: 3,
      }),
    );
    expect(byTarget(targetChecks(placedTwo), 'every order sent')).toMatchObject({
      met: false,
      detail: '2 accepted, 3 rejected by the API',
    });
    const none = scenarioMetrics(scenarioRecord({ placed: [], rejected: 0 }));
    expect(byTarget(targetChecks(none), 'every order sent')).toMatchObject({ met: false });
    const fine = scenarioMetrics(scenarioRecord({ placed: [{ orderId: 'a', at: 1 }], rejected: 0 }));
    expect(byTarget(targetChecks(fine), 'every order sent')?.met).toBe(true);
  });

  it('says how many orders were lost and why, with examples', () => {
    const lost = scenarioMetrics(
      scenarioRecord({
        placed: [
          { orderId: 'a', at: 1 },
          { orderId: 'b', at: 2 },
        ],
        orders: [order('a', { status: 'QUEUED' }), order('b', { status: 'FAILED' })],
        ledger: [captured('b')],
      }),
    );
    const check = byTarget(targetChecks(lost), '0 lost');
    expect(check).toMatchObject({ met: false, scenario: 'full-design' });
    expect(check?.detail).toBe('2 lost (1 not final, 1 charged but not COMPLETED; e.g. a, b)');
  });

  it('misses the double-charge target with any order captured twice', () => {
    expect(byTarget(targetChecks(metrics({ doubleCharges: 1 })), '0 double')?.met).toBe(false);
  });

  it('allows at most one probe per cool-down and no other call after the trip', () => {
    const calls = { ...base.calls, probes: 2, halfOpens: 2, beyondNotProbing: 0 };
    expect(byTarget(targetChecks(metrics({ calls })), 'during the outage')?.met).toBe(true);
    expect(
      byTarget(targetChecks(metrics({ calls: { ...calls, probes: 3 } })), 'during the outage')?.met,
    ).toBe(false);
    expect(
      byTarget(targetChecks(metrics({ calls: { ...calls, beyondNotProbing: 1 } })), 'during the outage')
        ?.detail,
    ).toBe('2 probes over 2 cool-downs; 1 calls after the trip by non-probes');
    const adminReset = metrics({ breaker: 'admin-reset', calls: { ...calls, probes: 1 } });
    expect(byTarget(targetChecks(adminReset), 'during the outage')?.met).toBe(false);
  });

  it('checks the settle time against its bound and says by how much it missed', () => {
    const settleBound = {
      waitMs: 6_000,
      waitSource: 'cool-down' as const,
      retryDelayMs: 10_000,
      boundMs: 26_000,
    };
    const queued = { ...base.queued, count: 5, unsettled: 0 };
    const met = byTarget(
      targetChecks(metrics({ settleBound, queued, healToSettledMs: 20_000 })),
      'every queued',
    );
    expect(met).toMatchObject({
      met: true,
      target: 'every queued order completes within cool-down + one retry delay + 10 s after the heal',
      detail: '20s <= 6s cool-down + 10s retry delay + 10s = 26s',
    });
    const missed = byTarget(
      targetChecks(metrics({ settleBound, queued, healToSettledMs: 30_500 })),
      'every queued',
    );
    expect(missed?.met).toBe(false);
    expect(missed?.detail).toMatch(/^30.5s > \(missed by 4.5s\)/);
    const unsettled = byTarget(
      targetChecks(metrics({ settleBound, queued: { ...queued, unsettled: 2 } })),
      'every queued',
    );
    expect(unsettled?.detail).toMatch(/^2 of 5 queued orders did not complete/);
  });

  it('checks one alert per trip and the green path in the full design', () => {
    const checks = targetChecks(
      metrics({
        alerts: { total: 3, circuitOpened: 2, trips: 1, circuitClosed: 1, closes: 2 },
        greenPath: { orders: 4, maxTransitions: 8 },
      }),
    );
    expect(byTarget(checks, 'one admin alert')).toMatchObject({
      met: false,
      detail: '2 "circuit OPEN" alerts for 1 trips',
    });
    expect(byTarget(checks, 'one recovery alert')).toMatchObject({
      met: false,
      detail: '1 "circuit CLOSED" alerts for 2 closes by a probe',
    });
    expect(byTarget(checks, 'green path')).toMatchObject({
      met: false,
      detail: 'at most 8 transitions over 4 green orders',
    });
  });
});
