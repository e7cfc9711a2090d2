import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import { type EventInit, goodOrder, type Harness, startHarness, TABLE } from '../support/harness';

type Case = [name: string, method: string, path: string, init: EventInit, status: number, field: string];

const items = (count: number) =>
  Array.from({ length: count }, () => ({ sku: 'PEN-01', quantity: 1, unitPrice: 100 }));
const json = { 'content-type': 'application/json' };

const cases: Case[] = [
  ['malformed JSON', 'POST', '/orders', { body: '{"customer": ', headers: json }, 400, '(body)'],
  ['an empty body', 'POST', '/orders', { body: '', headers: json }, 400, '(body)'],
  ['a JSON array', 'POST', '/orders', { body: [] }, 400, '(body)'],
  ['a missing customer', 'POST', '/orders', { body: goodOrder({ customer: undefined }) }, 400, 'customer'],
  [
    'a missing payment token',
    'POST',
    '/orders',
    { body: goodOrder({ paymentToken: undefined }) },
    400,
    'paymentToken',
  ],
  [
    'an extra top-level field',
    'POST',
    '/orders',
    { body: goodOrder({ cardNumber: 'x' }) },
    400,
    'cardNumber',
  ],
  [
    'an extra item field',
    'POST',
    '/orders',
    { body: goodOrder({ items: [{ sku: 'MUG-01', quantity: 1, unitPrice: 3999, color: 'red' }] }) },
    400,
    'items[0].color',
  ],
  ['a zero amount', 'POST', '/orders', { body: goodOrder({ amount: 0 }) }, 400, 'amount'],
  ['a negative amount', 'POST', '/orders', { body: goodOrder({ amount: -3999 }) }, 400, 'amount'],
  [
    'a huge amount',
    'POST',
    '/orders',
    {
      body: goodOrder({ amount: 10_000_001, items: [{ sku: 'CAR-01', quantity: 1, unitPrice: 10_000_001 }] }),
    },
    400,
    'amount',
  ],
  ['a fractional amount', 'POST', '/orders', { body: goodOrder({ amount: 39.99 }) }, 400, 'amount'],
  ['an amount as a string', 'POST', '/orders', { body: goodOrder({ amount: '3999' }) }, 400, 'amount'],
  [
    'an amount not matching the items',
    'POST',
    '/orders',
    { body: goodOrder({ amount: 4000 }) },
    400,
    'amount',
  ],
  ['an unknown currency', 'POST', '/orders', { body: goodOrder({ currency: 'XYZ' }) }, 400, 'currency'],
  ['51 items', 'POST', '/orders', { body: goodOrder({ items: items(51), amount: 5100 }) }, 400, 'items'],
  ['no items', 'POST', '/orders', { body: goodOrder({ items: [], amount: 1 }) }, 400, 'items'],
  [
    'an invalid email',
    'POST',
    '/orders',
    { body: goodOrder({ customer: { id: 'c', email: 'nope' } }) },
    400,
    'customer.email',
  ],
  [
    'a card number as the token',
    'POST',
    '/orders',
    { body: goodOrder({ paymentToken: '4242424242424242' }) },
    400,
    'paymentToken',
  ],
  [
    'a card number inside the token',
    'POST',
    '/orders',
    { body: goodOrder({ paymentToken: 'tok_4111111111111111' }) },
    400,
    'paymentToken',
  ],
  [
    'a 17 KB body',
    'POST',
    '/orders',
    { body: goodOrder({ customer: { id: 'c'.repeat(17 * 1024), email: 'a@b.co' } }) },
    413,
    '(body)',
  ],
  [
    'a text/plain body',
    'POST',
    '/orders',
    { body: JSON.stringify(goodOrder()), headers: { 'content-type': 'text/plain' } },
    415,
    'Content-Type',
  ],
  [
    'a form body',
    'POST',
    '/orders',
    { body: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
    415,
    'Content-Type',
  ],
  [
    'no content type',
    'POST',
    '/orders',
    { body: JSON.stringify(goodOrder()), headers: { 'content-type': '' } },
    415,
    'Content-Type',
  ],
  [
    'header and body ids that differ',
    'POST',
    '/orders',
    { body: goodOrder({ orderId: 'body-id-0001' }), headers: { 'idempotency-key': 'header-id-0001' } },
    400,
    'orderId',
  ],
  [
    'a malformed idempotency key',
    'POST',
    '/orders',
    { body: goodOrder(), headers: { 'idempotency-key': 'short' } },
    400,
    'Idempotency-Key',
  ],
  ['a malformed body orderId', 'POST', '/orders', { body: goodOrder({ orderId: 'a/b' }) }, 400, 'orderId'],
  ['a bad id in the path', 'GET', '/orders/bad%20id!', {}, 400, 'id'],
  ['a too short id in the path', 'GET', '/orders/abc', {}, 400, 'id'],
  ['a bad cursor', 'GET', '/orders', { query: { cursor: 'not-a-cursor' } }, 400, 'cursor'],
  [
    'a forged cursor',
    'GET',
    '/orders',
    { query: { cursor: Buffer.from('{"orderId":"x"}').toString('base64url') } },
    400,
    'cursor',
  ],
  ['a limit of 0', 'GET', '/orders', { query: { limit: '0' } }, 400, 'limit'],
  ['a limit of 101', 'GET', '/orders', { query: { limit: '101' } }, 400, 'limit'],
  ['a limit that is not a number', 'GET', '/orders', { query: { limit: 'ten' } }, 400, 'limit'],
  ['an unknown status filter', 'GET', '/orders', { query: { status: 'SHIPPED' } }, 400, 'status'],
  ['an unknown query parameter', 'GET', '/orders', { query: { sort: 'asc' } }, 400, 'sort'],
];

describe('bad requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.end());
  beforeEach(() => {
    h.sfn.reset();
  });

  it.each(cases)('refuses %s', async (_, method, path, init, status, field) => {
    const response = await h.call(method, path, init);

    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
    expect(response.body.detail).toEqual(expect.any(String));
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toContain(field);
    expect(await h.dynamo.scan(TABLE.orders)).toEqual([]);
    expect(h.sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
  });

  it('never echoes a card number, in responses or logs', async () => {
    const pan = '4111111111111111';
    const refused = await h.call('POST', '/orders', { body: goodOrder({ paymentToken: pan }) });
    const malformed = await h.call('POST', '/orders', { body: `{"paymentToken": ${pan}x}`, headers: json });
    const unparsable = await h.call('POST', '/orders', {
      body: `{"paymentToken": tok${pan}}`,
      headers: json,
    });
    for (const response of [refused, malformed, unparsable]) expect(response.raw).not.toContain(pan);
    // JSON.parse quotes the first characters of the source in some messages: none may be echoed.
    expect(unparsable.raw).not.toContain('tok41');
    expect(malformed.body.detail).toMatch(/position \d+/);
    expect(h.logs.lines.join('')).not.toContain(pan);
  });

  it('names every field at fault at once', async () => {
    const response = await h.call('POST', '/orders', {
      body: goodOrder({ amount: -1, currency: 'XYZ' }),
      headers: { 'idempotency-key': 'x' },
    });
    const fields = (response.body.errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['Idempotency-Key', 'amount', 'currency']));
  });
});
