import { createOrderApi } from '../../src';
import { ADMIN_TOKEN, type Harness, httpEvent, startHarness, testConfig } from '../support/harness';

describe('routing and error mapping', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.end());

  it('answers GET /health', async () => {
    const response = await h.call('GET', '/health');
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('ignores one trailing slash', async () => {
    expect((await h.call('GET', '/health/')).status).toBe(200);
  });

  it.each(['/', '/order', '/orders/a/b', '/admin', '/admin/circuit'])(
    'answers 404 with a problem for %s',
    async (path) => {
      const response = await h.call('GET', path);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toBe('application/problem+json');
      expect(response.body).toMatchObject({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        instance: path,
      });
    },
  );

  it.each([
    ['DELETE', '/orders', 'POST, GET'],
    ['PUT', '/orders/order-0001', 'GET'],
    ['GET', '/admin/circuit/reset', 'POST'],
    ['POST', '/admin/chaos', 'GET, PUT'],
    ['POST', '/health', 'GET'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const response = await h.call(method, path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe(allow);
    expect(response.body).toMatchObject({ title: 'Method Not Allowed', status: 405 });
  });

  it('reads a base64-encoded body', async () => {
    const event = httpEvent('PUT', '/admin/chaos', {
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json; charset=utf-8' },
    });
    const response = await h.api.handle({
      ...event,
      body: Buffer.from(JSON.stringify({ latencyMs: 5 })).toString('base64'),
      isBase64Encoded: true,
    });
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(String(response.body)).value.latencyMs).toBe(5);
  });

  it('answers an unexpected failure with a bare 500 problem and logs it', async () => {
    const broken = createOrderApi(
      {
        ...testConfig(h.dynamo.endpoint, { mode: 'bearer', token: ADMIN_TOKEN }),
        ordersTable: 'no-such-table',
      },
      { dynamoDb: h.dynamo.client },
    );
    const response = await broken.handle(httpEvent('GET', '/orders'));
    expect(response.statusCode).toBe(500);
    const body = JSON.parse(String(response.body));
    expect(body).toMatchObject({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
    expect(JSON.stringify(body)).not.toContain('no-such-table');
    expect(h.logs.entries().some((line) => line.level === 'ERROR' && line.message === 'request failed')).toBe(
      true,
    );
  });

  it('logs one line per request with its status and duration', async () => {
    await h.call('GET', '/health');
    const last = h.logs
      .entries()
      .filter((line) => line.message === 'request handled')
      .pop();
    expect(last).toMatchObject({ service: 'order-api', method: 'GET', path: '/health', statusCode: 200 });
    expect(last?.durationMs).toEqual(expect.any(Number));
  });
});
