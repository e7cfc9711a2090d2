import { longestChargeSeconds } from '@unstoppable/state-machine';
import {
  buildScenarios,
  DEFAULT_DRILL_OPTIONS,
  drillWorkflowSettings,
  FAULT_IDS,
  MODE_IDS,
  parseOrderExecutionName,
  retryBudgetSeconds,
} from '../../src';

const options = { ...DEFAULT_DRILL_OPTIONS, resultsDir: 'r' };

describe('the drill timings', () => {
  const settings = drillWorkflowSettings();

  it('keep the design margin: a queued order outlasts a stuck probe (two leases of HALF_OPEN)', () => {
    expect(retryBudgetSeconds(settings)).toBeGreaterThan(2 * settings.probeLeaseSeconds);
    expect(settings.probeLeaseSeconds).toBeGreaterThan(longestChargeSeconds(settings));
  });

  it('sum the retry delays over the queue round trips', () => {
    expect(
      retryBudgetSeconds({
        ...settings,
        maxAttempts: 5,
        retryDelaySeconds: 30,
        retryBackoffRate: 2,
        retryDelayCapSeconds: 900,
      }),
    ).toBe(30 + 60 + 120 + 240);
    expect(
      retryBudgetSeconds({ ...settings, maxAttempts: 4, retryDelaySeconds: 2, retryDelayCapSeconds: 3 }),
    ).toBe(2 + 3 + 3);
  });
});

describe('buildScenarios', () => {
  it('builds the selected modes, then the selected faults, with the options’ timings', () => {
    const all = buildScenarios(options);
    expect(all.map((s) => s.id)).toEqual([...MODE_IDS, ...FAULT_IDS]);
    const byId = new Map(all.map((s) => [s.id, s]));
    expect(byId.get('no-breaker')).toMatchObject({
      kind: 'mode',
      breaker: 'none',
      faultMs: options.outageMs,
    });
    expect(byId.get('admin-reset')).toMatchObject({
      breaker: 'admin-reset',
      operator: { resetAfterHealMs: options.operatorReactionMs },
    });
    expect(byId.get('probe-dies')).toMatchObject({
      kind: 'fault',
      breaker: 'full',
      operator: { redriveAborted: true },
    });
    expect(byId.get('flaky')?.faultMs).toBe(options.faultMs);
    const slow = byId.get('slow');
    expect(slow?.description).toContain('beyond the 5 s task timeout');
    expect(slow?.stack.gatewayTimeoutMs).toBeGreaterThan(6_500);
    expect(buildScenarios({ ...options, modes: ['full-design'], faults: [] }).map((s) => s.id)).toEqual([
      'full-design',
    ]);
  });
});

describe('parseOrderExecutionName', () => {
  it('reads the order id and attempt back from an execution name', () => {
    expect(parseOrderExecutionName('full-design-00042')).toEqual({
      orderId: 'full-design-00042',
      attempt: 1,
    });
    expect(parseOrderExecutionName('full-design-00042-a3')).toEqual({
      orderId: 'full-design-00042',
      attempt: 3,
    });
    expect(parseOrderExecutionName('admin-reset-00001')).toEqual({
      orderId: 'admin-reset-00001',
      attempt: 1,
    });
  });
});
