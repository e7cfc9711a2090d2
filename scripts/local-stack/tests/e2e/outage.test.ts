import { doubleCharges } from '@unstoppable/payment-processor';
import { call, eventually, orderReaches, placeOrder, useLocalStack } from './http-client';

const stack = useLocalStack();

const setChaos = (chaos: Record<string, unknown>) =>
  call(stack(), 'PUT', '/admin/chaos', { body: chaos, admin: true });

describe('an outage over HTTP', () => {
  it('trips the circuit, queues the orders, and completes every one after the gateway heals', async () => {
    expect((await setChaos({ down: true })).status).toBe(200);
    const ids = Array.from({ length: 6 }, (_, i) => `outage-order-${i + 1}`);
    for (const id of ids) expect((await placeOrder(stack(), id)).status).toBe(202);

    await eventually('the circuit to open', async () => {
      const { body } = await call(stack(), 'GET', '/circuit');
      return ['OPEN', 'HALF_OPEN'].includes(body.state) ? body : undefined;
    });
    for (const id of ids) await orderReaches(stack(), id, 'QUEUED');
    const queue = await call(stack(), 'GET', '/admin/queue', { admin: true });
    const retry = queue.body.retry;
    expect(retry.messages + retry.delayed + retry.inFlight).toBeGreaterThan(0);
    const alerts = await call(stack(), 'GET', '/admin/notifications', { admin: true });
    expect(alerts.body.items.some((n: { topic: string }) => n.topic === 'local-admin-alerts')).toBe(true);

    expect((await setChaos({ down: false })).status).toBe(200);
    for (const id of ids) await orderReaches(stack(), id, 'COMPLETED', 60_000);
    await eventually('the circuit to close', async () => {
      const { body } = await call(stack(), 'GET', '/circuit');
      return body.state === 'CLOSED' ? body : undefined;
    });
    expect(doubleCharges(await stack().pipeline.worker.ledger.entries())).toEqual([]);
  }, 120_000);
});
