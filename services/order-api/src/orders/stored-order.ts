import type { Order, OrderInput, OrderView } from '@unstoppable/core';
import { ORDER_LIST_KEY, OrderStatus } from '@unstoppable/core';

/** An order item as stored: the order plus the constant partition of the `by-created-at` index. */
export type StoredOrder = Order & { readonly listKey: typeof ORDER_LIST_KEY };

/** A new order: PENDING, attempt 1, one history entry. */
export function newStoredOrder(orderId: string, input: OrderInput, at: Date): StoredOrder {
  const now = at.toISOString();
  return {
    orderId,
    listKey: ORDER_LIST_KEY,
    status: OrderStatus.PENDING,
    attempt: 1,
    customer: { id: input.customer.id, email: input.customer.email },
    items: input.items.map(({ sku, quantity, unitPrice }) => ({ sku, quantity, unitPrice })),
    amount: input.amount,
    currency: input.currency,
    paymentToken: input.paymentToken,
    createdAt: now,
    updatedAt: now,
    history: [{ status: OrderStatus.PENDING, at: now, attempt: 1 }],
  };
}

/** JSON with object keys sorted, so equal values serialise equally whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** True when a retried submission carries the same order as the stored one (idempotent replay). */
export function isSameSubmission(stored: StoredOrder, input: OrderInput): boolean {
  const submitted = (order: Pick<Order, 'customer' | 'items' | 'amount' | 'currency' | 'paymentToken'>) =>
    canonical([order.customer, order.items, order.amount, order.currency, order.paymentToken]);
  return submitted(stored) === submitted(input);
}

/**
 * What the API shows of an order: an allow-list, so the payment token (and any attribute added
 * later) never reaches a response.
 */
export function toOrderView(order: StoredOrder): OrderView {
  return {
    orderId: order.orderId,
    status: order.status,
    attempt: order.attempt,
    customer: { id: order.customer.id, email: order.customer.email },
    items: order.items.map(({ sku, quantity, unitPrice }) => ({ sku, quantity, unitPrice })),
    amount: order.amount,
    currency: order.currency,
    createdAt: order.createdAt,
    updatedAt: order.updatedAt,
    ...(order.lastError !== undefined ? { lastError: order.lastError } : {}),
    ...(order.chargeId !== undefined ? { chargeId: order.chargeId } : {}),
    ...(order.declineReason !== undefined ? { declineReason: order.declineReason } : {}),
    history: (order.history ?? []).map((change) => ({
      status: change.status,
      at: change.at,
      attempt: change.attempt,
      ...(change.error !== undefined ? { error: change.error } : {}),
    })),
  };
}
