import { type ApiClient, runAtRate, sampleOrder } from '@unstoppable/ops-cli';

/** One order the API accepted. */
export interface PlacedOrder {
  readonly orderId: string;
  /** ms since epoch, when the API answered. */
  readonly at: number;
}

/** What placing orders for a while gave. */
export interface Placement {
  readonly placed: PlacedOrder[];
  /** Orders the API refused even after retries of the same idempotent POST. */
  readonly rejected: { readonly orderId: string; readonly reason: string }[];
}

/** POSTs in flight at most; beyond it the placer waits (the rate then drops, visibly). */
const MAX_IN_FLIGHT = 64;
/** Tries of one POST: the idempotency key makes a retried POST safe. */
const POST_TRIES = 3;

/** The order id of the `index`th order of a scenario: `<scenario>-00042`. */
export function drillOrderId(scenario: string, index: number): string {
  return `${scenario}-${String(index).padStart(5, '0')}`;
}

/**
 * Places `count` sample orders over HTTP at `ratePerSecond`, each with its own idempotency key (so a
 * retried POST cannot create a second order), and reports every accepted and refused order.
 * `onPlaced` is told of each acceptance (for the progress line).
 */
export async function placeOrders(options: {
  readonly api: ApiClient;
  readonly scenario: string;
  readonly count: number;
  readonly ratePerSecond: number;
  readonly random: () => number;
  readonly onPlaced?: (placed: number) => void;
  readonly clock?: () => number;
}): Promise<Placement> {
  const clock = options.clock ?? Date.now;
  const placement: Placement = { placed: [], rejected: [] };
  await runAtRate(options.count, options.ratePerSecond, MAX_IN_FLIGHT, async (index) => {
    const orderId = drillOrderId(options.scenario, index + 1);
    const order = sampleOrder(options.random, index + 1);
    let reason = '';
    for (let attempt = 1; attempt <= POST_TRIES; attempt += 1) {
      try {
        await options.api.placeOrder(order, orderId);
        placement.placed.push({ orderId, at: clock() });
        options.onPlaced?.(placement.placed.length);
        return;
      } catch (error) {
        reason = (error as Error).message;
      }
    }
    placement.rejected.push({ orderId, reason });
  });
  return placement;
}
