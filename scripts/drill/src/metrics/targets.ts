import { formatDuration } from '../cli/duration';
import { GREEN_PATH_MAX_TRANSITIONS, type ScenarioMetrics } from './scenario-metrics';

/** One checked target of one scenario. */
export interface TargetCheck {
  readonly scenario: string;
  /** The target as the design states it. */
  readonly target: string;
  readonly met: boolean;
  /** The figure against the bound, and on a miss by how much and why. */
  readonly detail: string;
}

const check = (scenario: string, target: string, met: boolean, detail: string): TargetCheck => ({
  scenario,
  target,
  met,
  detail,
});

function lostDetail(metrics: ScenarioMetrics): string {
  const { lost } = metrics.outcomes;
  if (lost.length === 0) return '0 lost';
  const reasons = new Map<string, number>();
  for (const order of lost) reasons.set(order.reason, (reasons.get(order.reason) ?? 0) + 1);
  const examples = lost
    .slice(0, 3)
    .map((order) => order.orderId)
    .join(', ');
  return `${lost.length} lost (${[...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ')}; e.g. ${examples})`;
}

/**
 * The invariants every scenario must keep: every order the drill sent was accepted (a drill of
 * rejected orders proves nothing), no order lost, none charged twice.
 */
function invariantChecks(metrics: ScenarioMetrics): TargetCheck[] {
  const { placed } = metrics.outcomes;
  return [
    check(
      metrics.id,
      'every order sent is accepted',
      placed > 0 && metrics.rejected === 0,
      `${placed} accepted, ${metrics.rejected} rejected by the API`,
    ),
    check(metrics.id, '0 lost orders', metrics.outcomes.lost.length === 0, lostDetail(metrics)),
    check(
      metrics.id,
      '0 double charges',
      metrics.doubleCharges === 0,
      `${metrics.doubleCharges} orders captured more than once`,
    ),
  ];
}

function settleCheck(metrics: ScenarioMetrics): TargetCheck | undefined {
  const bound = metrics.settleBound;
  if (!bound) return undefined;
  const target = `every queued order completes within ${bound.waitSource === 'operator reaction' ? 'operator reaction' : 'cool-down'} + one retry delay + 10 s after the heal`;
  const parts = `${formatDuration(bound.waitMs)} ${bound.waitSource} + ${formatDuration(bound.retryDelayMs)} retry delay + 10s = ${formatDuration(bound.boundMs)}`;
  if (metrics.queued.unsettled > 0) {
    return check(
      metrics.id,
      target,
      false,
      `${metrics.queued.unsettled} of ${metrics.queued.count} queued orders did not complete (FAILED or still open); bound ${parts}`,
    );
  }
  const taken = metrics.healToSettledMs ?? 0;
  const met = taken <= bound.boundMs;
  return check(
    metrics.id,
    target,
    met,
    `${formatDuration(taken)} ${met ? '<=' : `> (missed by ${formatDuration(taken - bound.boundMs)})`} ${parts}`,
  );
}

function probeCheck(metrics: ScenarioMetrics): TargetCheck {
  const { calls } = metrics;
  const allowed = metrics.breaker === 'full' ? calls.halfOpens : 0;
  const met = calls.probes <= allowed && calls.beyondNotProbing === 0;
  return check(
    metrics.id,
    'during the outage at most one probe per cool-down reaches the gateway',
    met,
    `${calls.probes} probes over ${calls.halfOpens} cool-downs; ${calls.beyondNotProbing} calls after the trip by non-probes`,
  );
}

/**
 * The design targets (DESIGN section 7, issue #8) a scenario can show: the invariants for every
 * scenario; for the breaker modes under an outage also the probe, settle, alert and green-path
 * targets.
 */
export function targetChecks(metrics: ScenarioMetrics): TargetCheck[] {
  const checks = invariantChecks(metrics);
  if (metrics.kind !== 'mode' || metrics.breaker === 'none') return checks;
  checks.push(probeCheck(metrics));
  const settle = settleCheck(metrics);
  if (settle) checks.push(settle);
  checks.push(
    check(
      metrics.id,
      'one admin alert per trip',
      metrics.alerts.circuitOpened === metrics.alerts.trips,
      `${metrics.alerts.circuitOpened} "circuit OPEN" alerts for ${metrics.alerts.trips} trips`,
    ),
  );
  if (metrics.breaker === 'full') {
    checks.push(
      check(
        metrics.id,
        'one recovery alert per close',
        metrics.alerts.circuitClosed === metrics.alerts.closes,
        `${metrics.alerts.circuitClosed} "circuit CLOSED" alerts for ${metrics.alerts.closes} closes by a probe`,
      ),
    );
  }
  if (metrics.breaker === 'full' && metrics.greenPath.maxTransitions !== undefined) {
    const max = metrics.greenPath.maxTransitions;
    checks.push(
      check(
        metrics.id,
        `green path <= ${GREEN_PATH_MAX_TRANSITIONS} transitions`,
        max <= GREEN_PATH_MAX_TRANSITIONS,
        `at most ${max} transitions over ${metrics.greenPath.orders} green orders`,
      ),
    );
  }
  return checks;
}
