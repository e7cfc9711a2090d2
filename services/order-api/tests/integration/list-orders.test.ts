import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { goodOrder, type Harness, startHarness, steppingClock, TABLE, TOKEN } from '../support/harness';

const IDS = ['list-order-0001', 'list-order-0002', 'list-order-0003', 'list-order-0004', 'list-order-0005'];

describe('GET /orders and GET /orders/{id}', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ overrides: { now: steppingClock() } });
    h.sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:x', startDate: new Date() });
    for (const id of IDS) {
      const response = await h.call('POST', '/orders', {
        body: goodOrder(),
        headers: { 'idempotency-key': id },
      });
      expect(response.status).toBe(202);
    }
    const documents = DynamoDBDocumentClient.from(h.dynamo.client);
    for (const id of [IDS[1], IDS[3]]) {
      await documents.send(
        new UpdateCommand({
          TableName: TABLE.orders,
          Key: { orderId: id },
          UpdateExpression: 'SET #s = :s',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':s': 'QUEUED' },
        }),
      );
    }
  });
  afterAll(() => h.end());

  const ids = (body: Record<string, unknown>) =>
    (body.items as { orderId: string }[]).map((order) => order.orderId);

  it('lists orders newest first, 20 by default', async () => {
    const response = await h.call('GET', '/orders');
    expect(response.status).toBe(200);
    expect(ids(response.body)).toEqual([...IDS].reverse());
    expect(response.body.nextCursor).toBeUndefined();
  });

  it('pages through every order exactly once with the cursor', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await h.call('GET', '/orders', {
        query: { limit: '2', ...(cursor ? { cursor } : {}) },
      });
      expect(response.status).toBe(200);
      expect((response.body.items as unknown[]).length).toBeLessThanOrEqual(2);
      seen.push(...ids(response.body));
      cursor = response.body.nextCursor as string | undefined;
      if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      pages += 1;
    } while (cursor && pages < 10);
    expect(seen).toEqual([...IDS].reverse());
    expect(pages).toBeGreaterThanOrEqual(3);
  });

  it('filters by status through the by-status index, newest first', async () => {
    const queued = await h.call('GET', '/orders', { query: { status: 'QUEUED' } });
    expect(ids(queued.body)).toEqual([IDS[3], IDS[1]]);
    const pending = await h.call('GET', '/orders', { query: { status: 'PENDING' } });
    expect(ids(pending.body)).toEqual([IDS[4], IDS[2], IDS[0]]);
    const paged = await h.call('GET', '/orders', { query: { status: 'PENDING', limit: '1' } });
    const next = await h.call('GET', '/orders', {
      query: { status: 'PENDING', limit: '1', cursor: paged.body.nextCursor as string },
    });
    expect(ids(next.body)).toEqual([IDS[2]]);
  });

  it('refuses a cursor of another listing, naming cursor', async () => {
    const queued = await h.call('GET', '/orders', { query: { status: 'QUEUED', limit: '1' } });
    const cursor = queued.body.nextCursor as string;
    for (const query of [{ cursor }, { cursor, status: 'PENDING' }] as Record<string, string>[]) {
      const response = await h.call('GET', '/orders', { query });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    }
  });

  it('shows one order with its history', async () => {
    const response = await h.call('GET', `/orders/${IDS[0]}`);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      orderId: IDS[0],
      status: 'PENDING',
      items: goodOrder().items,
      history: [{ status: 'PENDING', attempt: 1, at: '2026-11-28T10:00:00.000Z' }],
    });
  });

  it('answers 404 with a problem for an unknown order', async () => {
    const response = await h.call('GET', '/orders/unknown-order-0001');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body).toMatchObject({
      status: 404,
      title: 'Not Found',
      instance: '/orders/unknown-order-0001',
    });
  });

  it('never returns the payment token', async () => {
    const responses = await Promise.all([
      h.call('GET', '/orders'),
      h.call('GET', '/orders', { query: { status: 'QUEUED' } }),
      h.call('GET', `/orders/${IDS[2]}`),
    ]);
    for (const response of responses) expect(response.raw).not.toContain(TOKEN);
    expect(JSON.stringify(responses.map((r) => r.body))).not.toContain('paymentToken');
  });
});
