import { DEMO_PAYMENT_TOKEN } from '@unstoppable/core';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../src';

/** Starts a fast, quiet local stack on a free port for the test file; returns its getter. */
export function useLocalStack(options: Partial<LocalStackOptions> = {}): () => LocalStack {
  let stack: LocalStack | undefined;
  beforeAll(async () => {
    stack = await startLocalStack({
      port: 0,
      fast: true,
      quiet: true,
      webRoot: false,
      adminToken: 'e2e-admin-token-0001',
      ...options,
    });
  });
  afterAll(() => stack?.end());
  return () => {
    if (!stack) throw new Error('the local stack has not started');
    return stack;
  };
}

/** A JSON answer of the local stack's HTTP server. */
export interface HttpAnswer {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read answers as loose JSON and assert their shape
  readonly body: any;
}

/** One HTTP call to the stack; `admin` adds its bearer token. */
export async function call(
  stack: LocalStack,
  method: string,
  path: string,
  options: { body?: unknown; raw?: string; headers?: Record<string, string>; admin?: boolean } = {},
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers['content-type'] ??= 'application/json';
  if (options.admin) headers.authorization = `Bearer ${stack.adminToken}`;
  const response = await fetch(`${stack.url}${path}`, {
    method,
    headers,
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

/** A valid order body for the demo catalog's mug. */
export function orderBody(email = 'shopper@example.com') {
  return {
    customer: { id: 'shopper-1', email },
    items: [{ sku: 'MUG-RETRY', quantity: 2, unitPrice: 1200 }],
    amount: 2400,
    currency: 'EUR',
    paymentToken: DEMO_PAYMENT_TOKEN,
  };
}

/** Places an order under an idempotency key; returns the answer. */
export function placeOrder(stack: LocalStack, key: string, body: unknown = orderBody()): Promise<HttpAnswer> {
  return call(stack, 'POST', '/orders', { body, headers: { 'idempotency-key': key } });
}

/** Polls `probe` until it returns a value (not undefined), or fails after `timeoutMs` saying what it waited for. */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

/** Waits until the order has this status; returns the order. On timeout, says what the order last was. */
export async function orderReaches(stack: LocalStack, orderId: string, status: string, timeoutMs?: number) {
  let seen: { status?: string; attempts?: number; lastError?: unknown } | undefined;
  try {
    return await eventually(
      `order ${orderId} to be ${status}`,
      async () => {
        const { body } = await call(stack, 'GET', `/orders/${orderId}`);
        seen = body;
        return body?.status === status ? body : undefined;
      },
      timeoutMs,
    );
  } catch (error) {
    const last = seen
      ? `${seen.status}, ${seen.attempts} attempt(s), last error ${JSON.stringify(seen.lastError)}`
      : 'never read';
    throw new Error(`${(error as Error).message}; it was last ${last}`);
  }
}
