import { isFinalStatus, type OrderStatus } from '@unstoppable/core';
import { SingleBar } from 'cli-progress';
import type { ApiClient } from '../api-client';
import { runAtRate } from '../pacing';
import { sampleOrder } from '../sample-order';

export interface PlaceOrdersOptions {
  readonly count: number;
  readonly rate: number;
  readonly concurrency: number;
  /** Seconds to wait for every order to settle (final or queued); 0 to return at once. */
  readonly waitSeconds: number;
  readonly random: () => number;
  readonly progress: boolean;
  readonly log: (line: string) => void;
}

export interface PlaceOrdersReport {
  readonly placed: string[];
  readonly rejected: number;
  readonly byStatus: Partial<Record<OrderStatus, number>>;
}

/** Places `count` sample orders at `rate` per second, with a progress bar, then tallies statuses. */
export async function placeOrders(api: ApiClient, options: PlaceOrdersOptions): Promise<PlaceOrdersReport> {
  const placed: string[] = [];
  let rejected = 0;
  const bar = options.progress
    ? new SingleBar({ format: 'orders [{bar}] {value}/{total} placed, {rejected} rejected' })
    : undefined;
  bar?.start(options.count, 0, { rejected });
  await runAtRate(options.count, options.rate, options.concurrency, async (index) => {
    try {
      const order = await api.placeOrder(sampleOrder(options.random, index + 1));
      placed.push(order.orderId);
    } catch (error) {
      rejected += 1;
      if (!bar) options.log(`order ${index + 1} rejected: ${(error as Error).message}`);
    }
    bar?.increment(1, { rejected });
  });
  bar?.stop();
  const byStatus = await settle(api, placed, options.waitSeconds);
  return { placed, rejected, byStatus };
}

async function settle(
  api: ApiClient,
  orderIds: string[],
  waitSeconds: number,
): Promise<Partial<Record<OrderStatus, number>>> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const statuses = await Promise.all(orderIds.map(async (id) => (await api.getOrder(id)).status));
    const settled = statuses.every((status) => isFinalStatus(status) || status === 'QUEUED');
    if (settled || Date.now() >= deadline) {
      const tally: Partial<Record<OrderStatus, number>> = {};
      for (const status of statuses) tally[status] = (tally[status] ?? 0) + 1;
      return tally;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
