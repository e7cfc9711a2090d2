import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { chaosConfigSchema, NOTIFICATION_FEED, notificationSortKey } from '@unstoppable/core';
import {
  DLQ_URL,
  type Harness,
  RETRY_QUEUE_URL,
  startHarness,
  steppingClock,
  TABLE,
} from '../support/harness';

const ADMIN_ROUTES: [string, string][] = [
  ['GET', '/admin/chaos'],
  ['PUT', '/admin/chaos'],
  ['POST', '/admin/circuit/reset'],
  ['POST', '/admin/circuit/open'],
  ['GET', '/admin/queue'],
  ['GET', '/admin/notifications'],
];

describe('admin routes (bearer token)', () => {
  let h: Harness;
  let documents: DynamoDBDocumentClient;
  let tripIds = 0;
  beforeAll(async () => {
    h = await startHarness({ overrides: { now: steppingClock(), newTripId: () => `trip-${++tripIds}` } });
    documents = DynamoDBDocumentClient.from(h.dynamo.client);
  });
  afterAll(() => h.end());
  beforeEach(() => h.sqs.reset());

  const adminLines = () => h.logs.entries().filter((line) => line.message === 'admin action');

  describe('authentication', () => {
    it.each(ADMIN_ROUTES)(
      'refuses %s %s without a token, wrong token or another scheme with 401',
      async (method, path) => {
        for (const authorization of [undefined, 'Bearer wrong-token-0000000000', 'Basic YWRtaW46YWRtaW4=']) {
          const response = await h.call(method, path, {
            body: method === 'GET' ? undefined : { down: true },
            headers: authorization ? { authorization } : {},
          });
          expect(response.status).toBe(401);
          expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="admin"/);
          expect(response.headers['content-type']).toBe('application/problem+json');
          expect(response.body.errors).toEqual([expect.objectContaining({ field: 'Authorization' })]);
        }
        expect(await h.dynamo.scan(TABLE.circuit)).toEqual([]);
        expect(await h.dynamo.scan(TABLE.runtimeConfig)).toEqual([]);
        expect(h.sqs.calls()).toHaveLength(0);
      },
    );

    it('marks a wrong token as invalid_token in the challenge', async () => {
      const response = await h.call('GET', '/admin/chaos', { headers: { authorization: 'Bearer nope' } });
      expect(response.headers['www-authenticate']).toBe('Bearer realm="admin", error="invalid_token"');
    });
  });

  describe('chaos', () => {
    it('shows no chaos before any change', async () => {
      const response = await h.admin('GET', '/admin/chaos');
      expect(response.body).toEqual({ value: { down: false, failureRate: 0, latencyMs: 0, declineRate: 0 } });
    });

    it('merges each patch into the stored settings, recording who and when', async () => {
      const first = await h.admin('PUT', '/admin/chaos', { body: { failureRate: 0.5 } });
      expect(first.status).toBe(200);
      expect(first.body.value).toEqual({ down: false, failureRate: 0.5, latencyMs: 0, declineRate: 0 });

      const second = await h.admin('PUT', '/admin/chaos', { body: { down: true, latencyMs: 250 } });
      expect(second.body).toMatchObject({
        value: { down: true, failureRate: 0.5, latencyMs: 250, declineRate: 0 },
        updatedBy: 'admin-token',
      });

      const [stored] = await h.dynamo.scan(TABLE.runtimeConfig);
      expect(stored).toMatchObject({
        configId: 'chaos',
        updatedBy: 'admin-token',
        updatedAt: expect.any(String),
      });
      // The payment worker parses the stored value strictly: it must be complete.
      expect(chaosConfigSchema.parse(stored?.value)).toEqual({
        down: true,
        failureRate: 0.5,
        latencyMs: 250,
        declineRate: 0,
      });
      expect(adminLines().filter((line) => line.action === 'chaos.update')).toEqual([
        expect.objectContaining({
          actor: 'admin-token',
          changes: { failureRate: 0.5 },
          service: 'order-api',
        }),
        expect.objectContaining({ actor: 'admin-token', changes: { down: true, latencyMs: 250 } }),
      ]);
    });

    it('keeps both of two concurrent patches, even when they create the settings', async () => {
      const { DeleteCommand } = await import('@aws-sdk/lib-dynamodb');
      await documents.send(new DeleteCommand({ TableName: TABLE.runtimeConfig, Key: { configId: 'chaos' } }));
      const responses = await Promise.all([
        h.admin('PUT', '/admin/chaos', { body: { declineRate: 0.25 } }),
        h.admin('PUT', '/admin/chaos', { body: { latencyMs: 40 } }),
      ]);
      expect(responses.map((response) => response.status)).toEqual([200, 200]);
      const [stored] = await h.dynamo.scan(TABLE.runtimeConfig);
      expect(stored?.value).toEqual({ down: false, failureRate: 0, latencyMs: 40, declineRate: 0.25 });
    });

    it.each([
      ['an empty patch', {}, '(body)'],
      ['a rate above 1', { failureRate: 2 }, 'failureRate'],
      ['fractional latency', { latencyMs: 1.5 }, 'latencyMs'],
      ['an unknown setting', { explode: true }, 'explode'],
    ])('refuses %s naming the field and changes nothing', async (_, body, field) => {
      const before = await h.dynamo.scan(TABLE.runtimeConfig);
      const response = await h.admin('PUT', '/admin/chaos', { body });
      expect(response.status).toBe(400);
      expect((response.body.errors as { field: string }[]).map((e) => e.field)).toContain(field);
      expect(await h.dynamo.scan(TABLE.runtimeConfig)).toEqual(before);
    });
  });

  describe('circuit', () => {
    it('shows a missing circuit as CLOSED', async () => {
      const response = await h.call('GET', '/circuit');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        circuitId: 'payment-gateway',
        state: 'CLOSED',
        failures: 0,
        consecutiveOpens: 0,
        probeSuccesses: 0,
      });
    });

    it('forces the circuit open with a new trip id and the reason', async () => {
      const response = await h.admin('POST', '/admin/circuit/open', {
        body: { reason: 'gateway maintenance' },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        state: 'FORCED_OPEN',
        tripId: 'trip-1',
        reason: 'gateway maintenance',
        updatedBy: 'admin-token',
        openedAt: expect.any(String),
      });
      const [stored] = await h.dynamo.scan(TABLE.circuit);
      expect(stored).toMatchObject({ circuitId: 'payment-gateway', state: 'FORCED_OPEN', tripId: 'trip-1' });
      expect((await h.call('GET', '/circuit')).body).toMatchObject({
        state: 'FORCED_OPEN',
        tripId: 'trip-1',
      });
      expect(adminLines().find((line) => line.action === 'circuit.force-open')).toMatchObject({
        actor: 'admin-token',
        reason: 'gateway maintenance',
        previousState: 'CLOSED',
        circuitState: 'FORCED_OPEN',
        tripId: 'trip-1',
      });
    });

    it('force-opens without a body, replacing the trip id and clearing the old reason and probe', async () => {
      await documents.send(
        new PutCommand({
          TableName: TABLE.circuit,
          Item: {
            circuitId: 'payment-gateway',
            state: 'HALF_OPEN',
            tripId: 'old',
            probeOwner: 'exec-1',
            reason: 'x',
            failures: 0,
            consecutiveOpens: 2,
            probeSuccesses: 1,
          },
        }),
      );
      const response = await h.admin('POST', '/admin/circuit/open');
      expect(response.status).toBe(200);
      const [stored] = await h.dynamo.scan(TABLE.circuit);
      expect(stored).toMatchObject({ state: 'FORCED_OPEN', consecutiveOpens: 2, probeSuccesses: 0 });
      expect(stored?.tripId).toMatch(/^trip-\d+$/);
      expect(stored).not.toHaveProperty('probeOwner');
      expect(stored).not.toHaveProperty('reason');
    });

    it('refuses a bad force-open body naming the field', async () => {
      const response = await h.admin('POST', '/admin/circuit/open', { body: { reason: '' } });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    });

    it('resets the circuit to CLOSED, clearing counters, probe and trip', async () => {
      await documents.send(
        new PutCommand({
          TableName: TABLE.circuit,
          Item: {
            circuitId: 'payment-gateway',
            state: 'OPEN',
            failures: 3,
            tripId: 'trip-open',
            openedAt: '2026-11-28T09:00:00.000Z',
            consecutiveOpens: 4,
            probeOwner: 'exec-9',
            probeClaimedAt: '2026-11-28T09:01:00.000Z',
            probeSuccesses: 1,
          },
        }),
      );
      const response = await h.admin('POST', '/admin/circuit/reset');
      expect(response.status).toBe(200);
      const [stored] = await h.dynamo.scan(TABLE.circuit);
      expect(stored).toEqual({
        circuitId: 'payment-gateway',
        state: 'CLOSED',
        failures: 0,
        consecutiveOpens: 0,
        probeSuccesses: 0,
        updatedAt: expect.any(String),
        updatedBy: 'admin-token',
      });
      expect(response.body).toEqual(stored);
      expect(adminLines().find((line) => line.action === 'circuit.reset')).toMatchObject({
        actor: 'admin-token',
        previousState: 'OPEN',
        previousTripId: 'trip-open',
        circuitState: 'CLOSED',
      });
    });
  });

  describe('queue depth', () => {
    it('reads the three depth attributes of the retry queue and the DLQ', async () => {
      h.sqs.on(GetQueueAttributesCommand, { QueueUrl: RETRY_QUEUE_URL }).resolves({
        Attributes: {
          ApproximateNumberOfMessages: '7',
          ApproximateNumberOfMessagesDelayed: '3',
          ApproximateNumberOfMessagesNotVisible: '1',
        },
      });
      h.sqs.on(GetQueueAttributesCommand, { QueueUrl: DLQ_URL }).resolves({
        Attributes: { ApproximateNumberOfMessages: '2' },
      });
      const response = await h.admin('GET', '/admin/queue');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        retry: { messages: 7, delayed: 3, inFlight: 1 },
        deadLetter: { messages: 2, delayed: 0, inFlight: 0 },
      });
      const requests = h.sqs.commandCalls(GetQueueAttributesCommand).map((call) => call.args[0].input);
      expect(requests).toEqual(
        [RETRY_QUEUE_URL, DLQ_URL].map((QueueUrl) => ({
          QueueUrl,
          AttributeNames: [
            'ApproximateNumberOfMessages',
            'ApproximateNumberOfMessagesDelayed',
            'ApproximateNumberOfMessagesNotVisible',
          ],
        })),
      );
    });

    it('answers 503 when SQS cannot be read', async () => {
      h.sqs
        .on(GetQueueAttributesCommand)
        .rejects(Object.assign(new Error('down'), { name: 'ServiceUnavailable' }));
      const response = await h.admin('GET', '/admin/queue');
      expect(response.status).toBe(503);
      expect(response.body.type).toBe('/problems/dependency-unavailable');
    });
  });

  describe('notifications', () => {
    beforeAll(async () => {
      for (let i = 1; i <= 3; i += 1) {
        const timestamp = `2026-11-28T10:00:0${i}.000Z`;
        await documents.send(
          new PutCommand({
            TableName: TABLE.notifications,
            Item: {
              feed: NOTIFICATION_FEED,
              sk: notificationSortKey(timestamp, `m-${i}`),
              topic: 'oa-test-admin-alerts',
              subject: `alert ${i}`,
              message: `message ${i}`,
              messageId: `m-${i}`,
              timestamp,
              expiresAt: 1_900_000_000,
            },
          }),
        );
      }
    });

    it('lists recorded notifications newest first, paged', async () => {
      const first = await h.admin('GET', '/admin/notifications', { query: { limit: '2' } });
      expect(first.status).toBe(200);
      expect(first.body.items).toEqual([
        {
          topic: 'oa-test-admin-alerts',
          subject: 'alert 3',
          message: 'message 3',
          messageId: 'm-3',
          timestamp: '2026-11-28T10:00:03.000Z',
        },
        expect.objectContaining({ messageId: 'm-2' }),
      ]);
      const second = await h.admin('GET', '/admin/notifications', {
        query: { limit: '2', cursor: first.body.nextCursor as string },
      });
      expect((second.body.items as { messageId: string }[]).map((n) => n.messageId)).toEqual(['m-1']);
    });

    it('refuses an order cursor, naming cursor', async () => {
      const cursor = Buffer.from(JSON.stringify({ orderId: 'x', listKey: 'ORDER', createdAt: 'y' })).toString(
        'base64url',
      );
      const response = await h.admin('GET', '/admin/notifications', { query: { cursor } });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });
  });
});

describe('admin routes (JWT authorizer)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ adminAuth: { mode: 'jwt' } });
  });
  afterAll(() => h.end());

  it('takes the actor from the email claim, else from sub', async () => {
    await h.call('PUT', '/admin/chaos', {
      body: { down: true },
      jwtClaims: { sub: 'user-1', email: 'ops@example.com' },
    });
    const bySub = await h.call('PUT', '/admin/chaos', {
      body: { down: false },
      jwtClaims: { sub: 'user-2' },
    });
    expect(bySub.body.updatedBy).toBe('user-2');
    const actors = h.logs
      .entries()
      .filter((line) => line.action === 'chaos.update')
      .map((line) => line.actor);
    expect(actors).toEqual(['ops@example.com', 'user-2']);
  });

  it('refuses a request that reached the function without verified claims', async () => {
    const response = await h.call('POST', '/admin/circuit/reset', {
      headers: { authorization: 'Bearer anything-at-all-000000' },
    });
    expect(response.status).toBe(401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(await h.dynamo.scan(TABLE.circuit)).toEqual([]);
  });
});
