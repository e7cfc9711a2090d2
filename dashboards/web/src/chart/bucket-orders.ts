import type { OrderStatus, OrderView } from '@unstoppable/core';
import { ORDER_STATUSES } from '@unstoppable/core';

/** One minute of the chart: how many orders reached each status during it. */
export interface StatusBucket {
  /** Start of the minute, epoch milliseconds. */
  readonly start: number;
  readonly counts: Readonly<Record<OrderStatus, number>>;
  readonly total: number;
}

export interface BucketOptions {
  /** The current time, epoch milliseconds; its minute is the last bucket. */
  readonly now: number;
  /**
   * Number of one-minute buckets, oldest first.
   * @default 10
   */
  readonly minutes?: number;
}

export const MINUTE_MS = 60_000;

/** Longest window the chart accepts (one day). */
export const MAX_CHART_MINUTES = 1440;

const zeroCounts = (): Record<OrderStatus, number> =>
  Object.fromEntries(ORDER_STATUSES.map((status) => [status, 0])) as Record<OrderStatus, number>;

/**
 * When an order reached its current status: `updatedAt` (every status write sets it), else
 * `createdAt`. Undefined when neither is a readable timestamp.
 */
export function statusTime(order: Pick<OrderView, 'createdAt' | 'updatedAt'>): number | undefined {
  for (const candidate of [order.updatedAt, order.createdAt]) {
    const time = Date.parse(candidate);
    if (!Number.isNaN(time)) return time;
  }
  return undefined;
}

/**
 * Buckets orders by the minute in which they reached their current status, for the last `minutes`
 * minutes up to `now`. Each order counts once, under its current status. Orders older than the
 * window are left out; a time ahead of `now` (clock skew between API and browser) counts in the
 * current minute rather than vanishing.
 *
 * @example
 * bucketOrdersByMinute(page.items, { now: Date.now(), minutes: 15 })
 */
export function bucketOrdersByMinute(
  orders: readonly Pick<OrderView, 'status' | 'createdAt' | 'updatedAt'>[],
  options: BucketOptions,
): StatusBucket[] {
  const minutes = options.minutes ?? 10;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_CHART_MINUTES) {
    throw new RangeError(`minutes must be a whole number from 1 to ${MAX_CHART_MINUTES}, got ${minutes}`);
  }
  if (!Number.isFinite(options.now))
    throw new RangeError(`now must be epoch milliseconds, got ${options.now}`);
  const lastStart = Math.floor(options.now / MINUTE_MS) * MINUTE_MS;
  const firstStart = lastStart - (minutes - 1) * MINUTE_MS;
  const counts = Array.from({ length: minutes }, zeroCounts);
  for (const order of orders) {
    const time = statusTime(order);
    if (time === undefined || time < firstStart) continue;
    const index = Math.min(minutes - 1, Math.floor((time - firstStart) / MINUTE_MS));
    const bucket = counts[index];
    if (bucket && order.status in bucket) bucket[order.status] += 1;
  }
  return counts.map((bucket, index) => ({
    start: firstStart + index * MINUTE_MS,
    counts: bucket,
    total: ORDER_STATUSES.reduce((sum, status) => sum + bucket[status], 0),
  }));
}
