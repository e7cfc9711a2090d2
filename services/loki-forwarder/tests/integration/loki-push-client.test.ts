import { gzipSync } from 'node:zlib';
import {
  LokiPushClient,
  type LokiPushClientOptions,
  LokiPushGaveUpError,
  LokiPushRefusedError,
  type LokiTarget,
  type RetryNotice,
} from '../../src';
import { TestLokiServer } from '../support/test-loki-server';

const body = gzipSync(
  JSON.stringify({
    streams: [
      {
        stream: { service: 'order-api', level: 'info', env: 'dev' },
        values: [['1764288000000000000', 'hello']],
      },
    ],
  }),
);

describe('LokiPushClient against a test Loki server', () => {
  let loki: TestLokiServer;
  let retries: RetryNotice[];
  let sleeps: number[];

  beforeEach(async () => {
    loki = await new TestLokiServer().start();
    retries = [];
    sleeps = [];
  });

  afterEach(() => loki.stop());

  function client(overrides: Partial<LokiPushClientOptions> = {}, target?: Partial<LokiTarget>) {
    return new LokiPushClient({
      target: {
        pushUrl: target?.pushUrl ?? `${loki.url}/loki/api/v1/push`,
        auth: { kind: 'none' },
        ...target,
      },
      requestTimeoutMs: 2000,
      baseDelayMs: 10,
      maxDelayMs: 50,
      maxAttempts: 10,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      onRetry: (notice) => retries.push(notice),
      ...overrides,
    });
  }

  const soon = () => Date.now() + 10_000;

  it('posts to the push path and reports the entries sent', async () => {
    await expect(client().push(body, soon())).resolves.toEqual({ kind: 'sent', status: 204, attempts: 1 });
    expect(loki.pushes).toHaveLength(1);
    expect(loki.pushes[0]?.path).toBe('/loki/api/v1/push');
    expect(loki.violations).toEqual([]);
  });

  it('retries a 429 and succeeds on the following 204', async () => {
    loki.respond({ status: 429, body: 'Ingestion rate limit exceeded' });

    await expect(client().push(body, soon())).resolves.toEqual({ kind: 'sent', status: 204, attempts: 2 });
    expect(retries).toEqual([
      { attempt: 1, delayMs: expect.any(Number), failure: 'HTTP 429: Ingestion rate limit exceeded' },
    ]);
    expect(loki.pushes).toHaveLength(2);
    expect(loki.pushes[1]?.streams).toEqual(loki.pushes[0]?.streams);
  });

  it('retries 5xx answers with growing, jittered delays', async () => {
    loki.respond({ status: 500 }, { status: 502 }, { status: 503 });

    const outcome = await client({ random: () => 0.99 }).push(body, soon());

    expect(outcome).toEqual({ kind: 'sent', status: 204, attempts: 4 });
    expect(sleeps).toEqual([9, 19, 39]);
  });

  it('waits at least as long as Retry-After asks', async () => {
    loki.respond({ status: 429, headers: { 'retry-after': '2' } });
    await client().push(body, soon());
    expect(sleeps).toEqual([2000]);
  });

  it('returns 400 as rejected after one attempt, without retrying', async () => {
    loki.respond({ status: 400, body: 'entry too far behind' });

    await expect(client().push(body, soon())).resolves.toEqual({
      kind: 'rejected',
      status: 400,
      attempts: 1,
      reason: 'entry too far behind',
    });
    expect(retries).toEqual([]);
  });

  it('returns 413 as rejected too', async () => {
    loki.respond({ status: 413 });
    await expect(client().push(body, soon())).resolves.toMatchObject({
      kind: 'rejected',
      status: 413,
      attempts: 1,
    });
  });

  it('throws a refusal for 401 without retrying', async () => {
    loki.respond({ status: 401, body: 'invalid token' });
    const error = await client()
      .push(body, soon())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LokiPushRefusedError);
    expect(error).toMatchObject({ status: 401, isAuthFailure: true });
    expect(retries).toEqual([]);
  });

  it('gives up when the deadline leaves no room for the next delay', async () => {
    loki.respondAlways({ status: 503, body: 'unavailable' });
    const started = Date.now();

    const error = await client({ baseDelayMs: 200, maxDelayMs: 200, sleep: undefined, random: () => 0.9 })
      .push(body, started + 500)
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(LokiPushGaveUpError);
    expect((error as LokiPushGaveUpError).lastFailure).toBe('HTTP 503: unavailable');
    expect((error as LokiPushGaveUpError).attempts).toBeGreaterThanOrEqual(2);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('gives up after the attempt budget', async () => {
    loki.respondAlways({ status: 500 });
    await expect(client({ maxAttempts: 3 }).push(body, soon())).rejects.toMatchObject({
      name: 'LokiPushGaveUpError',
      attempts: 3,
    });
    expect(retries).toHaveLength(2);
  });

  it('does not even try once the deadline has passed', async () => {
    await expect(client().push(body, Date.now() - 1)).rejects.toMatchObject({ attempts: 0 });
    expect(loki.pushes).toHaveLength(0);
  });

  it('retries network errors', async () => {
    const url = loki.url;
    await loki.stop();
    const error = await client({ maxAttempts: 2 }, { pushUrl: `${url}/loki/api/v1/push` })
      .push(body, soon())
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LokiPushGaveUpError);
    expect((error as LokiPushGaveUpError).lastFailure).toMatch(/fetch failed/);
    expect(retries).toHaveLength(1);
  });

  it('sends basic auth', async () => {
    await client({}, { auth: { kind: 'basic', username: '123456', password: 'glc_tok' } }).push(body, soon());
    expect(loki.pushes[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('123456:glc_tok').toString('base64')}`,
    );
    expect(loki.pushes[0]?.headers['x-scope-orgid']).toBeUndefined();
  });

  it('sends bearer auth and X-Scope-OrgID', async () => {
    await client({}, { auth: { kind: 'bearer', token: 'tok-1' }, tenantId: 'payments' }).push(body, soon());
    expect(loki.pushes[0]?.headers.authorization).toBe('Bearer tok-1');
    expect(loki.pushes[0]?.headers['x-scope-orgid']).toBe('payments');
  });
});
