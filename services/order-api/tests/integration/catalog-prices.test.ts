import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { DescribeExecutionCommand, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { goodOrder, type Harness, seedProducts, startHarness, TABLE, TEST_CATALOG } from '../support/harness';

/** POST /orders prices every item from the products table; the client's prices are checked, never trusted. */
describe('POST /orders against the catalog', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.end());
  beforeEach(() => {
    h.sfn.reset();
    h.sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:x', startDate: new Date() });
    h.sfn.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' });
  });
  const mug = TEST_CATALOG.find((product) => product.sku === 'MUG-01');

  it('refuses an item below its catalog price with 400 naming the item, writing nothing', async () => {
    const before = await h.dynamo.scan(TABLE.orders);
    const response = await h.call('POST', '/orders', {
      body: goodOrder({
        items: [
          { sku: 'TSHIRT-M', quantity: 2, unitPrice: 1500 },
          { sku: 'MUG-01', quantity: 1, unitPrice: 1 },
        ],
        amount: 3001,
      }),
      headers: { 'idempotency-key': 'cheap-mug-0001' },
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      type: '/problems/validation-failed',
      errors: [
        { field: 'items[1].unitPrice', rule: 'price_mismatch', message: 'must be the catalog price 999' },
      ],
    });
    expect(await h.dynamo.scan(TABLE.orders)).toEqual(before);
    expect(h.sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
  });

  it('refuses a SKU that is not in the catalog with 400 naming it', async () => {
    const response = await h.call('POST', '/orders', {
      body: goodOrder({ items: [{ sku: 'GONE-01', quantity: 1, unitPrice: 3999 }] }),
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ errors: [{ field: 'items[0].sku', rule: 'unknown_sku' }] });
  });

  it('refuses a currency other than the products one', async () => {
    const response = await h.call('POST', '/orders', { body: goodOrder({ currency: 'USD' }) });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [
        { field: 'currency', rule: 'currency_mismatch' },
        { field: 'currency', rule: 'currency_mismatch' },
      ],
    });
  });

  it('answers a replay with the stored order after a price change, and prices new orders anew', async () => {
    const headers = { 'idempotency-key': 'before-rise-0001' };
    expect((await h.call('POST', '/orders', { body: goodOrder(), headers })).status).toBe(202);
    if (!mug) throw new Error('TEST_CATALOG has no MUG-01');
    await seedProducts(h.dynamo, [{ ...mug, unitPrice: 1099 }]);
    h.restartApi();

    const replay = await h.call('POST', '/orders', { body: goodOrder(), headers });
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ orderId: 'before-rise-0001', amount: 3999 });
    const newOrder = await h.call('POST', '/orders', { body: goodOrder() });
    expect(newOrder.status).toBe(400);
    expect(newOrder.body).toMatchObject({
      errors: [{ field: 'items[1].unitPrice', rule: 'price_mismatch' }],
    });
    await seedProducts(h.dynamo, TEST_CATALOG);
  });

  it('answers 503 and writes nothing when the catalog cannot be read', async () => {
    h.restartApi();
    await h.dynamo.client.send(new DeleteTableCommand({ TableName: TABLE.products }));
    const before = await h.dynamo.scan(TABLE.orders);
    const response = await h.call('POST', '/orders', { body: goodOrder() });

    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toMatchObject({
      detail: 'the product catalog cannot be read; repeat the same request',
    });
    expect(await h.dynamo.scan(TABLE.orders)).toEqual(before);
    expect(h.sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
  });
});
