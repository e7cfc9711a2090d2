import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DEMO_CATALOG, type Product } from '@unstoppable/core';
import { createOrderApi } from '../../src';
import { ADMIN_TOKEN, type Harness, httpEvent, startHarness, TABLE, testConfig } from '../support/harness';

describe('GET /products', () => {
  let h: Harness;
  let documents: DynamoDBDocumentClient;
  const put = (item: Record<string, unknown>) =>
    documents.send(new PutCommand({ TableName: TABLE.products, Item: item }));

  beforeAll(async () => {
    h = await startHarness({ catalog: [] });
    documents = DynamoDBDocumentClient.from(h.dynamo.client);
  });
  afterAll(() => h.end());

  it('answers an empty catalog with no items', async () => {
    const response = await h.call('GET', '/products');
    expect(response).toMatchObject({ status: 200, body: { items: [] } });
  });

  it('lists every product sorted by name, as JSON, without credentials', async () => {
    for (const product of DEMO_CATALOG) await put({ ...product });
    const response = await h.call('GET', '/products');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['cache-control']).toBe('no-store');
    const items = response.body.items as Product[];
    expect(items.map((product) => product.name)).toEqual([
      '5xx Sticker Pack',
      'Circuit Breaker T-shirt',
      'Exponential Backoff Cap',
      'Half-Open Hoodie',
      'Retry Queue Mug',
    ]);
    expect([...items].sort((a, b) => a.sku.localeCompare(b.sku))).toEqual(
      [...DEMO_CATALOG].sort((a, b) => a.sku.localeCompare(b.sku)),
    );
  });

  it('shows only the product fields of an item, and orders equal names by SKU', async () => {
    await put({ sku: 'MUG-RETRY-B', name: 'Retry Queue Mug', unitPrice: 1300, currency: 'EUR', stock: 4 });
    const items = (await h.call('GET', '/products')).body.items as Product[];
    const mugs = items.filter((product) => product.name === 'Retry Queue Mug');
    expect(mugs).toEqual([
      { sku: 'MUG-RETRY', name: 'Retry Queue Mug', unitPrice: 1200, currency: 'EUR' },
      { sku: 'MUG-RETRY-B', name: 'Retry Queue Mug', unitPrice: 1300, currency: 'EUR' },
    ]);
  });

  it('leaves out an item that is not a valid product and logs a warning naming it', async () => {
    await put({ sku: 'BROKEN-PRICE', name: 'Half a price', unitPrice: 12.5, currency: 'EUR' });
    const response = await h.call('GET', '/products');
    expect(response.status).toBe(200);
    expect((response.body.items as Product[]).map((product) => product.sku)).not.toContain('BROKEN-PRICE');
    expect(h.logs.entries()).toContainEqual(
      expect.objectContaining({
        level: 'WARN',
        message: 'products left out of the catalog',
        skus: ['BROKEN-PRICE'],
      }),
    );
  });

  it('allows only GET', async () => {
    const response = await h.call('POST', '/products', { body: {} });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET');
    expect(response.headers['content-type']).toBe('application/problem+json');
  });

  it('answers a failed read with a bare 500 problem that names no table', async () => {
    const broken = createOrderApi(
      {
        ...testConfig(h.dynamo.endpoint, { mode: 'bearer', token: ADMIN_TOKEN }),
        productsTable: 'no-such-table',
      },
      { dynamoDb: h.dynamo.client },
    );
    const response = await broken.handle(httpEvent('GET', '/products'));
    expect(response.statusCode).toBe(500);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    const body = JSON.parse(String(response.body));
    expect(body).toMatchObject({ type: 'about:blank', title: 'Internal Server Error', status: 500 });
    expect(JSON.stringify(body)).not.toContain('no-such-table');
  });
});
