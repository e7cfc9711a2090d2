import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteItemCommand,
  GetItemCommand,
  ResourceNotFoundException,
  ScanCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DEMO_CATALOG, type Product, productItem, tableName } from '@unstoppable/core';
import {
  createTables,
  type LocalDynamoDb,
  seedCatalog,
  startDynamoDb,
  startLocalRuntime,
  startLocalStack,
} from '../../src';

const bySku = (a: { sku: { S?: string } }, b: { sku: { S?: string } }) =>
  String(a.sku.S).localeCompare(String(b.sku.S));
const mugKey = { sku: { S: 'MUG-RETRY' } };

describe('seedCatalog', () => {
  let ddb: LocalDynamoDb;
  let table: string;
  const scan = async () =>
    ((await ddb.client.send(new ScanCommand({ TableName: table }))).Items ?? []) as { sku: { S?: string } }[];
  const mugPrice = async () =>
    (await ddb.client.send(new GetItemCommand({ TableName: table, Key: mugKey }))).Item?.unitPrice;

  beforeAll(async () => {
    ddb = await startDynamoDb();
    table = (await createTables(ddb.client, 'seed')).products;
  });
  afterAll(() => ddb.end());

  it('puts every demo product into the products table, as productItem stores it', async () => {
    await expect(seedCatalog(ddb.client, table)).resolves.toEqual(DEMO_CATALOG.map((product) => product.sku));
    expect(table).toBe(tableName('seed', 'products'));
    expect((await scan()).sort(bySku)).toEqual(DEMO_CATALOG.map(productItem).sort(bySku));
  });

  it('adds nothing on a second run and keeps an edited item as it is', async () => {
    await ddb.client.send(
      new UpdateItemCommand({
        TableName: table,
        Key: mugKey,
        UpdateExpression: 'SET unitPrice = :price',
        ExpressionAttributeValues: { ':price': { N: '999' } },
      }),
    );
    await expect(seedCatalog(ddb.client, table)).resolves.toEqual([]);
    expect(await mugPrice()).toEqual({ N: '999' });
    expect(await scan()).toHaveLength(DEMO_CATALOG.length);
  });

  it('puts back only the products that are missing', async () => {
    await ddb.client.send(new DeleteItemCommand({ TableName: table, Key: mugKey }));
    await expect(seedCatalog(ddb.client, table)).resolves.toEqual(['MUG-RETRY']);
    expect(await mugPrice()).toEqual({ N: '1200' });
  });

  it('seeds any catalog it is given', async () => {
    const cap: Product = { sku: 'CAP-JITTER', name: 'Jitter Cap', unitPrice: 1500, currency: 'EUR' };
    await expect(seedCatalog(ddb.client, table, [cap])).resolves.toEqual(['CAP-JITTER']);
    expect(await scan()).toContainEqual(productItem(cap));
  });

  it('fails on any other error, such as a missing table', async () => {
    await expect(seedCatalog(ddb.client, 'no-such-products')).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });
});

describe('the catalog at start-up', () => {
  it('is seeded once: a restart from disk keeps an edited product and adds no item', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    try {
      const first = await startLocalRuntime({ prefix: 'kept', dynamoDbPath: dir });
      const table = first.tables.products;
      await first.dynamodb.client.send(
        new UpdateItemCommand({
          TableName: table,
          Key: mugKey,
          UpdateExpression: 'SET #name = :name',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: { ':name': { S: 'Retry Queue Mug (edited)' } },
        }),
      );
      await first.end();
      const second = await startLocalRuntime({ prefix: 'kept', dynamoDbPath: dir });
      const items = (await second.dynamodb.client.send(new ScanCommand({ TableName: table }))).Items ?? [];
      await second.end();
      expect(items).toHaveLength(DEMO_CATALOG.length);
      expect(items.find((item) => item.sku?.S === 'MUG-RETRY')?.name).toEqual({
        S: 'Retry Queue Mug (edited)',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is served by the started stack at GET /products, sorted by name', async () => {
    const stack = await startLocalStack({ port: 0, quiet: true, webRoot: false, prefix: 'shop' });
    try {
      const response = await fetch(`${stack.url}/products`);
      expect(response.status).toBe(200);
      const { items } = (await response.json()) as { items: Product[] };
      expect(items).toEqual(
        [...DEMO_CATALOG].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.sku.localeCompare(b.sku)),
      );
    } finally {
      await stack.end();
    }
  });
});
