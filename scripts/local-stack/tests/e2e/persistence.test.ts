import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { CIRCUIT_IDS, orderWorkflowInput } from '@unstoppable/core';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../src';
import { call, eventually, orderReaches, placeOrder } from './http-client';

let dataDir: string;
let stack: LocalStack | undefined;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'local-stack-data-'));
});
afterEach(async () => {
  await stack?.end();
  stack = undefined;
});
afterAll(async () => {
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
    // A copy re-delayed here keeps its absolute due time across the restart, so the re-delay must
    // stay well inside step 3's wait: on a loaded machine step 1 lasts long enough for re-delays.
    stack = await start({ redelaySeconds: 20 });
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

  it('resumes a HALF_OPEN circuit whose probe died with the process, so its orders still complete', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'local-stack-half-open-'));
    // A short lease (charges are quick here) keeps the stale probe's clearing within seconds.
    const options = {
      dataDir: dir,
      workflowSettings: { paymentTimeoutSeconds: 1, chargeRetryMaxAttempts: 1, probeLeaseSeconds: 4 },
    };
    try {
      stack = await start(options);
      await call(stack, 'PUT', '/admin/chaos', { body: { down: true }, admin: true });
      const ids = ['half-open-order-1', 'half-open-order-2'];
      for (const id of ids) await placeOrder(stack, id);
      for (const id of ids) await orderReaches(stack, id, 'QUEUED');
      await eventually('the circuit to open', async () => {
        const { body } = await call(stack as LocalStack, 'GET', '/circuit');
        return body.state === 'OPEN' ? body : undefined;
      });
      // The process dies while a probe holds the HALF_OPEN circuit.
      const documents = DynamoDBDocumentClient.from(stack.pipeline.runtime.dynamodb.client);
      await documents.send(
        new UpdateCommand({
          TableName: stack.pipeline.runtime.tables.circuit,
          Key: { circuitId: CIRCUIT_IDS.paymentGateway },
          UpdateExpression: 'SET #state = :halfOpen, #owner = :dead',
          ExpressionAttributeNames: { '#state': 'state', '#owner': 'probeOwner' },
          ExpressionAttributeValues: { ':halfOpen': 'HALF_OPEN', ':dead': 'dead-probe-a2' },
        }),
      );
      await stack.end();

      stack = await start(options);
      const circuit = (await call(stack, 'GET', '/circuit')).body;
      expect(circuit).toMatchObject({ state: 'HALF_OPEN', probeOwner: 'dead-probe-a2' });
      expect(stack.resumed.cooldownTripId).toBe(circuit.tripId);
      await call(stack, 'PUT', '/admin/chaos', { body: { down: false }, admin: true });
      for (const id of ids) await orderReaches(stack, id, 'COMPLETED', 60_000);
    } finally {
      await stack?.end();
      stack = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('re-queues a QUEUED order whose retry message was lost with the process, and leaves dead-lettered ones alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'local-stack-lost-'));
    try {
      stack = await start({ dataDir: dir });
      await call(stack, 'PUT', '/admin/chaos', { body: { down: true }, admin: true });
      const ids = ['lost-message-order', 'dead-lettered-order'];
      for (const id of ids) await placeOrder(stack, id);
      for (const id of ids) await orderReaches(stack, id, 'QUEUED');
      // The process stops while the retry handler holds the messages: one is gone, the other was
      // dead-lettered, next to a body that names no order.
      await stack.retryPoller.stop();
      const { retryQueue, deadLetterQueue } = stack.pipeline.runtime;
      const lost = (await call(stack, 'GET', '/orders/lost-message-order')).body;
      const deadLettered = (await call(stack, 'GET', '/orders/dead-lettered-order')).body;
      retryQueue.purge();
      deadLetterQueue.sendMessage({
        MessageBody: JSON.stringify(
          orderWorkflowInput({ ...deadLettered, attempt: deadLettered.attempt + 1 }),
        ),
      });
      deadLetterQueue.sendMessage({ MessageBody: 'not json' });
      await stack.end();

      stack = await start({ dataDir: dir });
      expect(stack.resumed.requeued).toEqual(['lost-message-order']);
      await call(stack, 'PUT', '/admin/chaos', { body: { down: false }, admin: true });
      const completed = await orderReaches(stack, 'lost-message-order', 'COMPLETED', 60_000);
      expect(completed.attempt).toBe(lost.attempt + 1);
      expect((await call(stack, 'GET', '/orders/dead-lettered-order')).body.status).toBe('QUEUED');
      expect(stack.pipeline.runtime.deadLetterQueue.depth().visible).toBe(2);
    } finally {
      await stack?.end();
      stack = undefined;
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
