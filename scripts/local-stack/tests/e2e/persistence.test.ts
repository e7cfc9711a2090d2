import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../src';
import { call, eventually, orderReaches, placeOrder } from './http-client';

let dataDir: string;
let stack: LocalStack | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'local-stack-data-'));
});
afterAll(async () => {
  await stack?.end();
  await rm(dataDir, { recursive: true, force: true });
});

const start = (options: Partial<LocalStackOptions> = {}) =>
  startLocalStack({
    port: 0,
    fast: true,
    quiet: true,
    webRoot: false,
    adminToken: 'e2e-admin-token-0004',
    dataDir,
    ...options,
  });

describe('--data DIR', () => {
  it('keeps orders, the circuit, chaos and the queue across a restart, and finishes the work after it', async () => {
    // 1. An outage: the orders end QUEUED with their messages on the retry queue (long re-delays).
    stack = await start({ redelaySeconds: 60 });
    await call(stack, 'PUT', '/admin/chaos', { body: { down: true }, admin: true });
    const ids = ['kept-order-1', 'kept-order-2', 'kept-order-3', 'kept-order-4'];
    for (const id of ids) await placeOrder(stack, id);
    for (const id of ids) await orderReaches(stack, id, 'QUEUED');
    await eventually('the circuit to open', async () => {
      const { body } = await call(stack as LocalStack, 'GET', '/circuit');
      return body.state === 'OPEN' ? body : undefined;
    });
    const depth = stack.pipeline.runtime.retryQueue.depth();
    const queued = depth.visible + depth.delayed + depth.inFlight;
    expect(queued).toBeGreaterThan(0);
    await stack.end();

    // 2. Restarted from the same directory: everything is still there.
    stack = await start();
    expect(stack.restoredMessages).toBe(queued);
    const { body } = await call(stack, 'GET', '/orders');
    expect(body.items.map((o: { orderId: string }) => o.orderId).sort()).toEqual(ids);
    expect(body.items.every((o: { status: string }) => o.status === 'QUEUED')).toBe(true);
    expect((await call(stack, 'GET', '/admin/chaos', { admin: true })).body.value.down).toBe(true);
    expect(['OPEN', 'HALF_OPEN']).toContain((await call(stack, 'GET', '/circuit')).body.state);
    expect(stack.resumed.cooldownTripId).toEqual(expect.any(String));

    // 3. The gateway heals: the resumed cool-down and the restored queue complete every order.
    await call(stack, 'PUT', '/admin/chaos', { body: { down: false }, admin: true });
    for (const id of ids) await orderReaches(stack, id, 'COMPLETED', 60_000);
  }, 120_000);
});
