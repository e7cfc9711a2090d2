import type { OrderView } from '@unstoppable/core';
import { DEMO_PAYMENT_TOKEN, IDEMPOTENCY_KEY_HEADER } from '@unstoppable/core';
import { ApiClient, type PlaceOrderRequest } from '../../../src/api/api-client';
import { AdminTokenMissingError, ApiError, NetworkError } from '../../../src/errors';
import { fakeFetch, json } from '../../support/fake-fetch';

const BASE = 'https://api.example.test/prod';
const TOKEN = 'secret-admin-token-123456';

const request: PlaceOrderRequest = {
  customer: { id: 'Ada', email: 'ada@example.com' },
  items: [{ sku: 'MUG-RETRY', quantity: 2, unitPrice: 1200 }],
  amount: 2400,
  currency: 'EUR',
  paymentToken: DEMO_PAYMENT_TOKEN,
};

const order: OrderView = {
  orderId: 'web-0123456789abcdef',
  customer: request.customer,
  items: request.items,
  amount: 2400,
  currency: 'EUR',
  status: 'PENDING',
  attempt: 1,
  createdAt: '2026-11-28T10:00:00.000Z',
  updatedAt: '2026-11-28T10:00:00.000Z',
  history: [],
};

describe('ApiClient', () => {
  describe('placeOrder', () => {
    it('posts the order as JSON with the idempotency key header', async () => {
      const { fetch, requests } = fakeFetch(() => json(202, order));
      const api = new ApiClient({ baseUrl: BASE, fetch });

      const placed = await api.placeOrder(request, 'web-0123456789abcdef');

      expect(placed).toEqual({ order, replayed: false });
      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({
        url: `${BASE}/orders`,
        method: 'POST',
        body: request,
        headers: {
          [IDEMPOTENCY_KEY_HEADER.toLowerCase()]: 'web-0123456789abcdef',
          'content-type': 'application/json',
        },
      });
      expect(requests[0]?.headers.authorization).toBeUndefined();
    });

    it('reports a replay when the API answers 200 with the order it already had', async () => {
      const { fetch } = fakeFetch(() => json(200, { ...order, status: 'COMPLETED' }));
      const placed = await new ApiClient({ baseUrl: BASE, fetch }).placeOrder(
        request,
        'web-0123456789abcdef',
      );
      expect(placed.replayed).toBe(true);
      expect(placed.order.status).toBe('COMPLETED');
    });
  });

  describe('reading orders', () => {
    it('lists orders with only the query parameters that are set', async () => {
      const { fetch, requests } = fakeFetch(() => json(200, { items: [order], nextCursor: 'abc' }));
      const api = new ApiClient({ baseUrl: BASE, fetch });

      const page = await api.listOrders({ status: 'QUEUED', limit: 50 });
      await api.listOrders({ cursor: 'next page' });

      expect(page).toEqual({ items: [order], nextCursor: 'abc' });
      expect(requests.map((seen) => seen.url)).toEqual([
        `${BASE}/orders?status=QUEUED&limit=50`,
        `${BASE}/orders?cursor=next+page`,
      ]);
    });

    it('escapes the order id in the path', async () => {
      const { fetch, requests } = fakeFetch(() => json(200, order));
      await new ApiClient({ baseUrl: BASE, fetch }).getOrder('a/b c');
      expect(requests[0]?.url).toBe(`${BASE}/orders/a%2Fb%20c`);
    });

    it('reads the public circuit and health without credentials', async () => {
      const { fetch, requests } = fakeFetch((seen) =>
        json(200, seen.url.endsWith('/health') ? { status: 'ok' } : { state: 'OPEN', failures: 0 }),
      );
      const api = new ApiClient({ baseUrl: BASE, fetch, adminToken: () => TOKEN });
      await expect(api.getCircuit()).resolves.toMatchObject({ state: 'OPEN' });
      await expect(api.getHealth()).resolves.toEqual({ status: 'ok' });
      expect(requests.every((seen) => seen.headers.authorization === undefined)).toBe(true);
    });
  });

  describe('listProducts', () => {
    const products = [
      { sku: 'STICKERS-5XX', name: '5xx Sticker Pack', unitPrice: 450, currency: 'EUR' },
      { sku: 'MUG-RETRY', name: 'Retry Queue Mug', unitPrice: 1200, currency: 'EUR' },
    ];

    it('reads the catalog from GET /products without credentials, in the order the API sends', async () => {
      const { fetch, requests } = fakeFetch(() => json(200, { items: products }));
      const api = new ApiClient({ baseUrl: BASE, fetch, adminToken: () => TOKEN });

      await expect(api.listProducts()).resolves.toEqual({ items: products });

      expect(requests).toHaveLength(1);
      expect(requests[0]).toMatchObject({ url: `${BASE}/products`, method: 'GET', body: undefined });
      expect(requests[0]?.headers.authorization).toBeUndefined();
    });

    it('turns a failed read into a retryable ApiError with the problem details', async () => {
      const problem = { type: 'about:blank', title: 'Internal Server Error', status: 500 };
      const { fetch } = fakeFetch(() => json(500, problem, 'application/problem+json'));
      const error = await new ApiClient({ baseUrl: BASE, fetch }).listProducts().catch((e) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error.problem).toEqual(problem);
      expect(error.retryable).toBe(true);
    });

    it('passes a cancellation through, so an unmounted store page stops waiting', async () => {
      const { fetch } = fakeFetch(
        (seen) =>
          new Promise<Response>((_resolve, reject) => {
            seen.signal?.addEventListener('abort', () => reject(seen.signal?.reason));
          }),
      );
      const controller = new AbortController();
      const pending = new ApiClient({ baseUrl: BASE, fetch }).listProducts({ signal: controller.signal });
      const reason = new Error('unmounted');
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
    });
  });

  describe('admin routes', () => {
    it('send the bearer token in the Authorization header, never in the URL', async () => {
      const { fetch, requests } = fakeFetch(() => json(200, { retry: {}, deadLetter: {} }));
      const api = new ApiClient({ baseUrl: BASE, fetch, adminToken: () => TOKEN });

      await api.getQueueStats();
      await api.listNotifications({ limit: 20 });

      expect(requests.map((seen) => seen.headers.authorization)).toEqual([
        `Bearer ${TOKEN}`,
        `Bearer ${TOKEN}`,
      ]);
      expect(requests.map((seen) => seen.url)).toEqual([
        `${BASE}/admin/queue`,
        `${BASE}/admin/notifications?limit=20`,
      ]);
      expect(requests.some((seen) => seen.url.includes(TOKEN))).toBe(false);
    });

    it('use the right method and body for each action', async () => {
      const { fetch, requests } = fakeFetch(() => json(200, {}));
      const api = new ApiClient({ baseUrl: BASE, fetch, adminToken: () => TOKEN });

      await api.updateChaos({ down: true, failureRate: 0.25 });
      await api.resetCircuit();
      await api.forceOpenCircuit({ reason: 'maintenance' });
      await api.getChaos();

      expect(requests.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
        { method: 'PUT', url: `${BASE}/admin/chaos`, body: { down: true, failureRate: 0.25 } },
        { method: 'POST', url: `${BASE}/admin/circuit/reset`, body: undefined },
        { method: 'POST', url: `${BASE}/admin/circuit/open`, body: { reason: 'maintenance' } },
        { method: 'GET', url: `${BASE}/admin/chaos`, body: undefined },
      ]);
    });

    it('refuse to call without a token, before any request is made', async () => {
      const { fetch, requests } = fakeFetch(() => json(200, {}));
      const api = new ApiClient({ baseUrl: BASE, fetch, adminToken: () => undefined });

      await expect(api.resetCircuit()).rejects.toBeInstanceOf(AdminTokenMissingError);
      expect(requests).toHaveLength(0);
    });
  });

  describe('errors', () => {
    it('turn a problem details answer into an ApiError with the fields at fault', async () => {
      const problem = {
        type: '/problems/validation-failed',
        title: 'The request is invalid',
        status: 400,
        detail: '1 field(s) are invalid: customer.email',
        errors: [
          { field: 'customer.email', rule: 'invalid_format', message: 'must be a valid email address' },
        ],
      };
      const { fetch } = fakeFetch(() => json(400, problem, 'application/problem+json'));

      const error = await new ApiClient({ baseUrl: BASE, fetch })
        .placeOrder(request, 'k-12345678')
        .catch((e) => e);

      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(400);
      expect(error.problem).toEqual(problem);
      expect(error.fieldErrors).toEqual(problem.errors);
      expect(error.retryable).toBe(false);
      expect(error.message).toBe('The request is invalid: 1 field(s) are invalid: customer.email');
    });

    it('mark server errors and throttling as retryable', async () => {
      for (const status of [500, 503, 429, 408]) {
        const { fetch } = fakeFetch(() => json(status, { title: 'Nope', status }));
        const error = await new ApiClient({ baseUrl: BASE, fetch }).getCircuit().catch((e) => e);
        expect(error).toBeInstanceOf(ApiError);
        expect(error.retryable).toBe(true);
      }
    });

    it('name the HTTP status when the error body is not a problem', async () => {
      const { fetch } = fakeFetch(
        () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      );
      const error = await new ApiClient({ baseUrl: BASE, fetch }).getCircuit().catch((e) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error.problem).toEqual({ type: 'about:blank', title: 'HTTP 502 Bad Gateway', status: 502 });
    });

    it('refuse a success answer that is not JSON', async () => {
      const { fetch } = fakeFetch(() => new Response('ok', { status: 200 }));
      const error = await new ApiClient({ baseUrl: BASE, fetch }).getHealth().catch((e) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error.problem.title).toBe('The order API sent a response that is not JSON');
    });

    it('report an unreachable API as a NetworkError naming the path', async () => {
      const fetch = (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof globalThis.fetch;
      const error = await new ApiClient({ baseUrl: BASE, fetch }).listOrders().catch((e) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error.message).toBe('The order API could not be reached (/orders): Failed to fetch');
    });

    it('give up after the timeout with a NetworkError', async () => {
      const { fetch } = fakeFetch(
        (seen) =>
          new Promise<Response>((_resolve, reject) => {
            seen.signal?.addEventListener('abort', () => reject(seen.signal?.reason));
          }),
      );
      const error = await new ApiClient({ baseUrl: BASE, fetch, timeoutMs: 20 }).getCircuit().catch((e) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect(error.message).toContain('no answer within 20 ms');
    });

    it('pass a caller cancellation through as the signal reason', async () => {
      const { fetch } = fakeFetch(
        (seen) =>
          new Promise<Response>((_resolve, reject) => {
            seen.signal?.addEventListener('abort', () => reject(seen.signal?.reason));
          }),
      );
      const controller = new AbortController();
      const pending = new ApiClient({ baseUrl: BASE, fetch }).getCircuit({ signal: controller.signal });
      const reason = new Error('unmounted');
      controller.abort(reason);
      await expect(pending).rejects.toBe(reason);
    });

    it('never put the admin token in an error message', async () => {
      const { fetch } = fakeFetch(() =>
        json(401, {
          type: 'about:blank',
          title: 'Unauthorized',
          status: 401,
          detail: 'the bearer token is not valid',
          errors: [{ field: 'Authorization', rule: 'credential', message: 'the bearer token is not valid' }],
        }),
      );
      const error = await new ApiClient({ baseUrl: BASE, fetch, adminToken: () => TOKEN })
        .getQueueStats()
        .catch((e) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error.status).toBe(401);
      expect(JSON.stringify({ message: error.message, problem: error.problem })).not.toContain(TOKEN);
    });
  });
});
