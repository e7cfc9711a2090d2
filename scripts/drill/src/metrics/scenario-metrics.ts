import { AdminAlertKind, OrderStatus } from '@unstoppable/core';
import { cooldownSteps, type DelayStep, retryDelaySteps } from '@unstoppable/state-machine';
import type { ScenarioRecord } from '../run/scenario-record';
import { type OutageCalls, outageCalls } from './gateway-calls';
import { type OrderOutcomes, orderOutcomes } from './order-outcomes';
import { executionsByOrder, type QueuedOrders, queuedOrders } from './queued-orders';

/** The design's slack after the heal: cool-down + one retry delay + 10 s. */
export const SETTLE_SLACK_MS = 10_000;
/** The design's green-path budget. */
export const GREEN_PATH_MAX_TRANSITIONS = 7;

/** The bound every queued order must settle within after the heal, and what it is made of. */
export interface SettleBound {
  /** What stood between the heal and the close: the cool-down in effect, or the operator's reaction. */
  readonly waitMs: number;
  readonly waitSource: 'cool-down' | 'operator reaction' | 'circuit closed';
  /** The longest delay a queued order could be waiting on the retry queue. */
  readonly retryDelayMs: number;
  readonly boundMs: number;
}

/** Everything the report and the checks need from one scenario. */
export interface ScenarioMetrics {
  readonly id: string;
  readonly kind: ScenarioRecord['kind'];
  readonly title: string;
  readonly breaker: ScenarioRecord['breaker'];
  readonly outcomes: OrderOutcomes;
  readonly rejected: number;
  readonly doubleCharges: number;
  readonly calls: OutageCalls;
  readonly queued: QueuedOrders;
  /** From the heal to the last queued order settled. */
  readonly healToSettledMs?: number;
  readonly settleBound?: SettleBound;
  /** Orders placed before the fault that completed in one execution: their transitions. */
  readonly greenPath: { readonly orders: number; readonly maxTransitions?: number };
  readonly alerts: {
    readonly total: number;
    readonly circuitOpened: number;
    readonly trips: number;
    /** "circuit CLOSED" (recovery) alerts, and the closes by a successful probe they announce. */
    readonly circuitClosed: number;
    readonly closes: number;
  };
  readonly redriven: number;
  /** The operator's circuit resets (admin-reset mode). */
  readonly adminResets: number;
  readonly injected: Readonly<Record<string, number>>;
  readonly retryMessages: number;
  readonly deadLetters: number;
  readonly durationMs: number;
}

/** The delay of the step that covers `count` (the last step covers every larger count). */
export function delayFor(steps: readonly DelayStep[], count: number): number {
  return (steps.find((step) => count <= step.upTo) ?? steps.at(-1))?.seconds ?? 0;
}

/** The cool-down (or operator reaction) standing between the heal and the close. */
function waitAfterHeal(record: ScenarioRecord): Pick<SettleBound, 'waitMs' | 'waitSource'> {
  const { healAt } = record.times;
  if (record.breaker === 'admin-reset') {
    return { waitMs: record.timings.operatorReactionMs ?? 0, waitSource: 'operator reaction' };
  }
  // The last open by an execution already running at the heal: a probe that was charging when the
  // gateway healed may still fail and reopen the circuit for a longer cool-down just after it.
  const startOf = new Map(record.executions.map((row) => [row.name, row.startedAt]));
  const opened = record.journal.filter(
    (entry) =>
      (entry.state === 'TripCircuit' || entry.state === 'ReopenCircuit') &&
      !entry.error &&
      (startOf.get(entry.execution) ?? entry.startedAt) < healAt,
  );
  const last = opened.at(-1);
  const closedSince =
    last !== undefined &&
    record.journal.some(
      (entry) =>
        entry.state === 'CloseCircuit' &&
        !entry.error &&
        entry.startedAt > last.startedAt &&
        (entry.endedAt ?? Number.POSITIVE_INFINITY) <= healAt,
    );
  if (!last || closedSince) return { waitMs: 0, waitSource: 'circuit closed' };
  const seconds = delayFor(cooldownSteps(record.timings.workflow), last.opens ?? 1);
  return { waitMs: seconds * 1000, waitSource: 'cool-down' };
}

function settleBound(record: ScenarioRecord, queued: QueuedOrders): SettleBound {
  const wait = waitAfterHeal(record);
  const retrySeconds = Math.max(
    record.timings.redelaySeconds,
    delayFor(retryDelaySteps(record.timings.workflow), Math.max(1, queued.maxAttempt - 1)),
  );
  const retryDelayMs = retrySeconds * 1000;
  return { ...wait, retryDelayMs, boundMs: wait.waitMs + retryDelayMs + SETTLE_SLACK_MS };
}

function greenPath(record: ScenarioRecord): ScenarioMetrics['greenPath'] {
  const placedBefore = new Set(
    record.placed.filter((order) => order.at < record.times.faultAt).map((order) => order.orderId),
  );
  const byOrder = executionsByOrder(record.executions);
  const transitions = record.orders
    .filter((order) => placedBefore.has(order.orderId) && order.status === OrderStatus.COMPLETED)
    .map((order) => byOrder.get(order.orderId) ?? [])
    .filter((rows) => rows.length === 1)
    .map((rows) => rows[0]?.transitions ?? 0);
  return {
    orders: transitions.length,
    ...(transitions.length > 0 ? { maxTransitions: Math.max(...transitions) } : {}),
  };
}

function succeeded(record: ScenarioRecord, state: string): number {
  return record.journal.filter((entry) => entry.state === state && !entry.error).length;
}

/** Computes a scenario's figures from what was observed (pure). */
export function scenarioMetrics(record: ScenarioRecord): ScenarioMetrics {
  const hasBreaker = record.breaker !== 'none';
  const queued = queuedOrders({ ...record, hasBreaker });
  const alerts = record.journal.filter((entry) => entry.alertKind !== undefined && !entry.error);
  return {
    id: record.id,
    kind: record.kind,
    title: record.title,
    breaker: record.breaker,
    outcomes: orderOutcomes(
      record.placed.map((order) => order.orderId),
      record.orders,
      record.ledger,
    ),
    rejected: record.rejected,
    doubleCharges: record.doubleCharges.length,
    calls: outageCalls({
      journal: record.journal,
      executions: record.executions,
      from: record.times.faultAt,
      to: record.times.healAt,
      failureThreshold: record.timings.workflow.failureThreshold,
      hasBreaker,
    }),
    queued,
    ...(queued.lastSettledAt === undefined
      ? {}
      : { healToSettledMs: Math.max(0, queued.lastSettledAt - record.times.healAt) }),
    ...(hasBreaker && queued.count > 0 ? { settleBound: settleBound(record, queued) } : {}),
    greenPath: greenPath(record),
    alerts: {
      total: alerts.length,
      circuitOpened: alerts.filter((entry) => entry.alertKind === AdminAlertKind.CircuitOpened).length,
      trips: succeeded(record, 'TripCircuit'),
      circuitClosed: alerts.filter((entry) => entry.alertKind === AdminAlertKind.CircuitClosed).length,
      closes: succeeded(record, 'CloseCircuit'),
    },
    redriven: record.redriven.length,
    adminResets: record.times.resets.length,
    injected: record.injected,
    retryMessages: record.retryMessages,
    deadLetters: record.deadLetters,
    durationMs: record.times.endedAt - record.times.startedAt,
  };
}
