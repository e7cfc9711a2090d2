import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiClient, ApiError, CliError, main } from '../../src';

interface Recorded {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

describe('ApiClient', () => {
  let server: Server;
  let baseUrl: string;
  let requests: Recorded[];
  let reply: { status: number; body: unknown };

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        requests.push({ method: request.method, url: request.url, headers: request.headers, body });
        response.writeHead(reply.status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => {
    requests = [];
    reply = { status: 200, body: {} };
  });

  it('posts an order as JSON with the idempotency key', async () => {
    reply = { status: 202, body: { orderId: 'order-1', status: 'PENDING' } };
    const api = new ApiClient({ baseUrl: `${baseUrl}/` });
    const order = await api.placeOrder(
      {
        customer: { id: 'c', email: 'c@example.com' },
        items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1200 }],
        amount: 1200,
        currency: 'EUR',
        paymentToken: 'tok_demo4242visa',
      },
      'key-00000001',
    );
    expect(order.orderId).toBe('order-1');
    expect(requests[0]).toMatchObject({
      method: 'POST',
      url: '/orders',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'key-00000001' },
    });
    expect(JSON.parse(requests[0]?.body ?? '')).toMatchObject({ amount: 1200 });
  });

  it('sends the admin token as a bearer token on admin routes only', async () => {
    const api = new ApiClient({ baseUrl, adminToken: 'secret-token' });
    await api.setChaos({ down: true });
    await api.getCircuit();
    expect(requests[0]).toMatchObject({
      method: 'PUT',
      url: '/admin/chaos',
      headers: { authorization: 'Bearer secret-token' },
    });
    expect(requests[1]?.headers.authorization).toBeUndefined();
  });

  it('refuses an admin call without a token before sending anything', async () => {
    await expect(new ApiClient({ baseUrl }).resetCircuit()).rejects.toThrow(/ADMIN_TOKEN/);
    expect(requests).toHaveLength(0);
  });

  it('reports a problem response with the fields at fault', async () => {
    reply = {
      status: 400,
      body: { title: 'Invalid order', errors: [{ field: 'amount', message: 'must be greater than 0' }] },
    };
    const error = await new ApiClient({ baseUrl }).getOrder('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as Error).message).toBe(
      'GET /orders/x -> 400 Invalid order (amount must be greater than 0)',
    );
  });

  it('says which URL it could not reach', async () => {
    const error = await new ApiClient({ baseUrl: 'http://127.0.0.1:1' })
      .getCircuit()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(/cannot reach the API at http:\/\/127\.0\.0\.1:1\/circuit/);
  });

  it('runs "chaos off" as one PUT with every setting cleared', async () => {
    const lines: string[] = [];
    const code = await main(['chaos', 'off', '--api', baseUrl, '--token', 't'], {}, (line) =>
      lines.push(line),
    );
    expect(code).toBe(0);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({
      down: false,
      failureRate: 0,
      latencyMs: 0,
      declineRate: 0,
    });
  });
});

describe('main', () => {
  const run = (argv: string[]) => main(argv, {}, () => undefined);

  it('names a bad flag value', async () => {
    await expect(run(['orders', '--rate', 'fast'])).rejects.toThrow(
      '--rate: must be a number between 0.01 and 10000, got "fast"',
    );
    await expect(run(['orders', '--count', '2.5'])).rejects.toThrow(/--count/);
    await expect(run(['chaos', '--down', 'maybe'])).rejects.toThrow('--down: must be on or off, got "maybe"');
  });

  it('rejects an unknown command or subcommand', async () => {
    await expect(run(['launch'])).rejects.toThrow(/launch: unknown command/);
    await expect(run(['circuit', 'close'])).rejects.toThrow(/circuit reset/);
  });

  it('rejects an unknown flag', async () => {
    await expect(run(['status', '--colour'])).rejects.toThrow(/colour/);
  });
});
