import { isFinalStatus, OrderStatus } from '@unstoppable/core';
import type { FinalOrder, LedgerRow } from '../run/scenario-record';

/** Why a placed order counts as lost. */
export type LostReason =
  | 'missing'
  | 'not final'
  | 'COMPLETED without its capture in the ledger'
  | 'DECLINED without a decline in the ledger'
  | 'charged but not COMPLETED';

export interface LostOrder {
  readonly orderId: string;
  readonly status?: OrderStatus;
  readonly reason: LostReason;
}

/** How the placed orders ended. */
export interface OrderOutcomes {
  readonly placed: number;
  readonly completed: number;
  readonly declined: number;
  readonly failed: number;
  /** Placed orders not in a final status, or final but inconsistent with the gateway's ledger. */
  readonly lost: readonly LostOrder[];
}

/**
 * Whether an order's final status agrees with what the gateway did: COMPLETED needs the capture
 * with the same charge id, DECLINED a recorded decline, and an order the gateway captured must be
 * COMPLETED (a FAILED or DECLINED order that was charged took the money without the goods).
 */
export function ledgerMismatch(order: FinalOrder, ledger: LedgerRow | undefined): LostReason | undefined {
  const captured = ledger?.outcome === 'CAPTURED';
  switch (order.status) {
    case OrderStatus.COMPLETED:
      return captured && ledger?.chargeId === order.chargeId
        ? undefined
        : 'COMPLETED without its capture in the ledger';
    case OrderStatus.DECLINED:
      if (captured) return 'charged but not COMPLETED';
      return ledger?.outcome === 'DECLINED' ? undefined : 'DECLINED without a decline in the ledger';
    default:
      return captured ? 'charged but not COMPLETED' : undefined;
  }
}

/** Counts the placed orders by final status and finds the lost ones. */
export function orderOutcomes(
  placedIds: readonly string[],
  orders: readonly FinalOrder[],
  ledger: readonly LedgerRow[],
): OrderOutcomes {
  const byId = new Map(orders.map((order) => [order.orderId, order]));
  const ledgerById = new Map(ledger.map((row) => [row.orderId, row]));
  const counts = { completed: 0, declined: 0, failed: 0 };
  const lost: LostOrder[] = [];
  for (const orderId of placedIds) {
    const order = byId.get(orderId);
    if (!order) {
      lost.push({ orderId, reason: 'missing' });
      continue;
    }
    if (!isFinalStatus(order.status)) {
      lost.push({ orderId, status: order.status, reason: 'not final' });
      continue;
    }
    const mismatch = ledgerMismatch(order, ledgerById.get(orderId));
    if (mismatch) lost.push({ orderId, status: order.status, reason: mismatch });
    if (order.status === OrderStatus.COMPLETED) counts.completed += 1;
    else if (order.status === OrderStatus.DECLINED) counts.declined += 1;
    else counts.failed += 1;
  }
  return { placed: placedIds.length, ...counts, lost };
}
