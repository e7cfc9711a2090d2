import type { OrderView, Page as ResultPage } from '@unstoppable/core';
import { startLocalStack } from '@unstoppable/local-stack';
import type { WebE2eConfig } from './config';
import { WebE2eError } from './errors';

/** The admin token the browser tests type into the sign-in form. */
export const E2E_ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';

/** What {@link startE2eStack} resolves with: the local stack's own handle. */
export type E2eStack = Awaited<ReturnType<typeof startLocalStack>>;

/**
 * The real local stack (order API, workflows, payment worker, dashboard at `/`) on a free port,
 * with the fast timings (cool-down and retry delays of a few seconds).
 */
export function startE2eStack(config: WebE2eConfig): Promise<E2eStack> {
  return startLocalStack({
    port: 0,
    fast: true,
    adminToken: E2E_ADMIN_TOKEN,
    quiet: true,
    webRoot: config.webRoot,
  });
}

/**
 * The orders the API holds for one customer email (public `GET /orders`, latest 100): how a test
 * proves that retries placed exactly one order.
 */
export async function ordersOfCustomer(baseUrl: string, email: string): Promise<OrderView[]> {
  const response = await fetch(new URL('/orders?limit=100', baseUrl));
  if (!response.ok) throw new WebE2eError(`GET /orders answered ${response.status}`);
  const page = (await response.json()) as ResultPage<OrderView>;
  return page.items.filter((order) => order.customer.email === email);
}
