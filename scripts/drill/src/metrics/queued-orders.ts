import { OrderStatus } from '@unstoppable/core';
import { parseOrderExecutionName } from '../run/redrive-aborted';
import type { ExecutionRow, FinalOrder } from '../run/scenario-record';
import type { JournalEntry } from '../run/task-journal';

/** What the orders the fault hit cost, and when the last of them settled. */
export interface QueuedOrders {
  /**
   * Which orders count: with a breaker, every order that was ever QUEUED; without one (nothing is
   * queued), every order whose charge needed an in-place retry or that ended FAILED.
   */
  readonly basis: 'queued' | 'retried or failed';
  readonly count: number;
  /** Executions of those orders, plus every cool-down execution (the breaker's own cost). */
  readonly executions: number;
  /** State transitions of the same executions. */
  readonly transitions: number;
  readonly executionsPerOrder?: number;
  readonly transitionsPerOrder?: number;
  /** When the last of them settled (its last execution stopped); absent if one is not COMPLETED/DECLINED. */
  readonly lastSettledAt?: number;
  /** Of them, the ones that did not end COMPLETED or DECLINED. */
  readonly unsettled: number;
  /** Highest attempt any of them reached. */
  readonly maxAttempt: number;
}

/** Groups order executions by order id. */
export function executionsByOrder(executions: readonly ExecutionRow[]): Map<string, ExecutionRow[]> {
  const byOrder = new Map<string, ExecutionRow[]>();
  for (const row of executions) {
    if (row.machine !== 'order') continue;
    const { orderId } = parseOrderExecutionName(row.name);
    byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), row]);
  }
  return byOrder;
}

/** The orders a fault hit (see {@link QueuedOrders.basis}), with their cost and settling time. */
export function queuedOrders(options: {
  readonly orders: readonly FinalOrder[];
  readonly executions: readonly ExecutionRow[];
  readonly journal: readonly JournalEntry[];
  readonly hasBreaker: boolean;
}): QueuedOrders {
  const { orders, executions, journal, hasBreaker } = options;
  const chargeCalls = new Map<string, number>();
  for (const entry of journal) {
    if (entry.state === 'Charge')
      chargeCalls.set(entry.execution, (chargeCalls.get(entry.execution) ?? 0) + 1);
  }
  const hit = orders.filter((order) =>
    hasBreaker
      ? order.attempt > 1 || order.statuses.includes(OrderStatus.QUEUED)
      : order.status === OrderStatus.FAILED || (chargeCalls.get(order.orderId) ?? 0) > 1,
  );
  const byOrder = executionsByOrder(executions);
  const cooldowns = executions.filter((row) => row.machine === 'cooldown');
  let orderExecutions = 0;
  let transitions = cooldowns.reduce((sum, row) => sum + row.transitions, 0);
  let lastSettledAt = 0;
  let unsettled = 0;
  for (const order of hit) {
    const rows = byOrder.get(order.orderId) ?? [];
    orderExecutions += rows.length;
    transitions += rows.reduce((sum, row) => sum + row.transitions, 0);
    const settledOk = order.status === OrderStatus.COMPLETED || order.status === OrderStatus.DECLINED;
    const stoppedAt = Math.max(...rows.map((row) => row.stoppedAt ?? Number.NaN));
    if (!settledOk || Number.isNaN(stoppedAt)) unsettled += 1;
    else lastSettledAt = Math.max(lastSettledAt, stoppedAt);
  }
  const count = hit.length;
  const executionCount = orderExecutions + cooldowns.length;
  return {
    basis: hasBreaker ? 'queued' : 'retried or failed',
    count,
    executions: executionCount,
    transitions,
    ...(count > 0
      ? { executionsPerOrder: executionCount / count, transitionsPerOrder: transitions / count }
      : {}),
    ...(count > 0 && unsettled === 0 ? { lastSettledAt } : {}),
    unsettled,
    maxAttempt: hit.reduce((max, order) => Math.max(max, order.attempt), 0),
  };
}
