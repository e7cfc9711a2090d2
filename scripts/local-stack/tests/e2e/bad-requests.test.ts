import { DEFAULT_MAX_AMOUNT_MINOR } from '@unstoppable/core';
import { call, orderBody, useLocalStack } from './http-client';

const stack = useLocalStack();

const valid = orderBody();
const withKey = { 'idempotency-key': 'bad-request-key-1' };
/** A test card number: the API must refuse it and never echo it. */
const PAN = '4242424242424242';
const mugs = (count: number) =>
  Array.from({ length: count }, () => ({ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1200 }));

/** Each case: a request the API must refuse with this status, naming this field when one is at fault. */
const BAD_REQUESTS: ReadonlyArray<{
  readonly name: string;
  readonly status: number;
  readonly field?: string;
  /** The rule the field broke (the problem's `errors[].rule`), where it tells the case apart. */
  readonly rule?: string;
  readonly body?: unknown;
  readonly raw?: string;
  readonly headers?: Record<string, string>;
  /** Text the answer must not contain. */
  readonly neverEchoed?: string;
}> = [
  {
    name: 'malformed JSON',
    status: 400,
    raw: '{"customer":',
    headers: { ...withKey, 'content-type': 'application/json' },
  },
  {
    name: 'wrong content type',
    status: 415,
    raw: 'amount=1',
    headers: { ...withKey, 'content-type': 'text/plain' },
  },
  { name: 'body over 16 KB', status: 413, body: { ...valid, padding: 'x'.repeat(17_000) }, headers: withKey },
  {
    name: 'body over the server limit',
    status: 413,
    raw: 'x'.repeat(1_100_000),
    headers: { ...withKey, 'content-type': 'application/json' },
  },
  { name: 'empty body', status: 400, raw: '', headers: { ...withKey, 'content-type': 'application/json' } },
  { name: 'JSON array', status: 400, body: [valid], headers: withKey },
  {
    name: 'bad idempotency key',
    status: 400,
    field: 'Idempotency-Key',
    body: valid,
    headers: { 'idempotency-key': 'no spaces allowed here' },
  },
  {
    name: 'missing customer',
    status: 400,
    field: 'customer',
    body: { ...valid, customer: undefined },
    headers: withKey,
  },
  {
    name: 'bad email',
    status: 400,
    field: 'customer.email',
    body: { ...valid, customer: { id: 'c', email: 'nope' } },
    headers: withKey,
  },
  { name: 'no items', status: 400, field: 'items', body: { ...valid, items: [] }, headers: withKey },
  {
    name: 'zero quantity',
    status: 400,
    field: 'items[0].quantity',
    body: { ...valid, items: [{ sku: 'MUG-RETRY', quantity: 0, unitPrice: 1200 }] },
    headers: withKey,
  },
  {
    name: 'fractional price',
    status: 400,
    field: 'items[0].unitPrice',
    body: { ...valid, items: [{ sku: 'MUG-RETRY', quantity: 2, unitPrice: 12.5 }] },
    headers: withKey,
  },
  {
    name: 'unknown top-level field',
    status: 400,
    field: 'coupon',
    rule: 'unknown_field',
    body: { ...valid, coupon: 'SAVE10' },
    headers: withKey,
  },
  {
    name: 'unknown item field',
    status: 400,
    field: 'items[0].color',
    rule: 'unknown_field',
    body: { ...valid, items: [{ sku: 'MUG-RETRY', quantity: 2, unitPrice: 1200, color: 'red' }] },
    headers: withKey,
  },
  {
    name: '51 items',
    status: 400,
    field: 'items',
    rule: 'too_big',
    body: { ...valid, items: mugs(51), amount: 51 * 1200 },
    headers: withKey,
  },
  {
    name: 'zero amount',
    status: 400,
    field: 'amount',
    rule: 'too_small',
    body: { ...valid, amount: 0 },
    headers: withKey,
  },
  { name: 'negative amount', status: 400, field: 'amount', body: { ...valid, amount: -1 }, headers: withKey },
  {
    name: 'amount over the maximum',
    status: 400,
    field: 'amount',
    rule: 'too_big',
    body: {
      ...valid,
      items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: DEFAULT_MAX_AMOUNT_MINOR + 1 }],
      amount: DEFAULT_MAX_AMOUNT_MINOR + 1,
    },
    headers: withKey,
  },
  {
    name: 'fractional amount',
    status: 400,
    field: 'amount',
    rule: 'invalid_type',
    body: { ...valid, amount: 2400.5 },
    headers: withKey,
  },
  {
    name: 'amount not the items total',
    status: 400,
    field: 'amount',
    body: { ...valid, amount: 2401 },
    headers: withKey,
  },
  {
    name: 'amount as a string',
    status: 400,
    field: 'amount',
    body: { ...valid, amount: '2400' },
    headers: withKey,
  },
  {
    name: 'unknown currency',
    status: 400,
    field: 'currency',
    body: { ...valid, currency: 'XYZ' },
    headers: withKey,
  },
  {
    name: 'lower-case currency',
    status: 400,
    field: 'currency',
    body: { ...valid, currency: 'eur' },
    headers: withKey,
  },
  {
    name: 'missing payment token',
    status: 400,
    field: 'paymentToken',
    body: { ...valid, paymentToken: undefined },
    headers: withKey,
  },
  {
    name: 'empty payment token',
    status: 400,
    field: 'paymentToken',
    body: { ...valid, paymentToken: '' },
    headers: withKey,
  },
  {
    name: 'card number as the payment token',
    status: 400,
    field: 'paymentToken',
    rule: 'custom',
    body: { ...valid, paymentToken: PAN },
    headers: withKey,
    neverEchoed: PAN,
  },
  {
    name: 'empty sku',
    status: 400,
    field: 'items[0].sku',
    body: { ...valid, items: [{ sku: '', quantity: 2, unitPrice: 1200 }] },
    headers: withKey,
  },
  {
    name: 'price below the catalog',
    status: 400,
    field: 'items[0].unitPrice',
    rule: 'price_mismatch',
    body: { ...valid, items: [{ sku: 'MUG-RETRY', quantity: 2, unitPrice: 1 }], amount: 2 },
    headers: withKey,
  },
  {
    name: 'sku not in the catalog',
    status: 400,
    field: 'items[0].sku',
    rule: 'unknown_sku',
    body: { ...valid, items: [{ sku: 'GIFT-CARD-1M', quantity: 1, unitPrice: 2400 }] },
    headers: withKey,
  },
  { name: 'unknown route', status: 404, body: valid, headers: withKey },
  { name: 'wrong method on /orders/{id}', status: 405, body: valid, headers: withKey },
  { name: 'order id with bad characters', status: 400, field: 'id' },
  { name: 'bad status filter', status: 400, field: 'status' },
  { name: 'bad page cursor', status: 400, field: 'cursor' },
  { name: 'page size out of range', status: 400, field: 'limit' },
];

/** Method and path of each case (most are POST /orders). */
function target(name: string): [string, string] {
  switch (name) {
    case 'unknown route':
      return ['POST', '/orders-but-not-quite/x'];
    case 'wrong method on /orders/{id}':
      return ['DELETE', '/orders/some-order-1'];
    case 'order id with bad characters':
      return ['GET', '/orders/bad%20id%21'];
    case 'bad status filter':
      return ['GET', '/orders?status=SHIPPED'];
    case 'bad page cursor':
      return ['GET', '/orders?cursor=not-a-cursor'];
    case 'page size out of range':
      return ['GET', '/orders?limit=100000'];
    default:
      return ['POST', '/orders'];
  }
}

describe('bad requests over HTTP', () => {
  it.each(BAD_REQUESTS.map((c) => [c.name, c] as const))(
    'refuses %s with a problem naming the field',
    async (_name, c) => {
      const [method, path] = target(c.name);
      const answer = await call(stack(), method, path, { body: c.body, raw: c.raw, headers: c.headers });
      expect(answer.status).toBe(c.status);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.status).toBe(c.status);
      if (c.field) expect(answer.body.errors.map((e: { field: string }) => e.field)).toContain(c.field);
      if (c.rule)
        expect(answer.body.errors).toContainEqual(expect.objectContaining({ field: c.field, rule: c.rule }));
      if (c.neverEchoed) expect(JSON.stringify(answer.body)).not.toContain(c.neverEchoed);
    },
  );

  it('writes nothing and starts nothing for any of them', async () => {
    const { body } = await call(stack(), 'GET', '/orders');
    expect(body.items).toEqual([]);
    expect(stack().pipeline.runtime.stepFunctions.listExecutions()).toEqual([]);
    expect(stack().pipeline.runtime.retryQueue.depth()).toEqual({ visible: 0, delayed: 0, inFlight: 0 });
    expect(stack().pipeline.paymentInvocations()).toBe(0);
    expect(await stack().pipeline.worker.ledger.entries()).toEqual([]);
  });
});

describe('admin routes', () => {
  it.each([
    ['no token', undefined],
    ['a wrong token', 'Bearer wrong-token-wrong-token'],
    ['another scheme', `Basic ${Buffer.from('admin:e2e-admin-token-0003').toString('base64')}`],
  ])('refuse %s with 401 and change nothing', async (_name, authorization) => {
    const headers = authorization ? { authorization } : undefined;
    for (const [method, path, body] of [
      ['PUT', '/admin/chaos', { down: true }],
      ['POST', '/admin/circuit/open', { reason: 'test' }],
      ['POST', '/admin/circuit/reset', undefined],
      ['GET', '/admin/queue', undefined],
      ['GET', '/admin/notifications', undefined],
    ] as const) {
      const answer = await call(stack(), method, path, { body, headers });
      expect(answer.status).toBe(401);
      expect(answer.body.errors[0].field).toBe('Authorization');
    }
    expect((await call(stack(), 'GET', '/circuit')).body.state).toBe('CLOSED');
    expect((await call(stack(), 'GET', '/admin/chaos', { admin: true })).body.value.down).toBe(false);
  });
});
