/** Every status an order can have. */
export const OrderStatus = {
  PENDING: 'PENDING',
  QUEUED: 'QUEUED',
  COMPLETED: 'COMPLETED',
  DECLINED: 'DECLINED',
  FAILED: 'FAILED',
} as const;

export type OrderStatus = (typeof OrderStatus)[keyof typeof OrderStatus];

export const ORDER_STATUSES = Object.values(OrderStatus) as readonly OrderStatus[];

/**
 * The allowed transitions, as data. A final status has no way out; a queued order may be
 * queued again by a later attempt.
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['COMPLETED', 'DECLINED', 'QUEUED', 'FAILED'],
  QUEUED: ['COMPLETED', 'DECLINED', 'QUEUED', 'FAILED'],
  COMPLETED: [],
  DECLINED: [],
  FAILED: [],
};

export const FINAL_STATUSES: readonly OrderStatus[] = ORDER_STATUSES.filter(
  (status) => ORDER_TRANSITIONS[status].length === 0,
);

export function isFinalStatus(status: OrderStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** The statuses from which an order may move to `to`, in declaration order. */
export function statusesLeadingTo(to: OrderStatus): OrderStatus[] {
  return ORDER_STATUSES.filter((from) => canTransition(from, to));
}
