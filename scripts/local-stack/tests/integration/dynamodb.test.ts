import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DescribeTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { TABLES, type TableKey, tableDefinitions } from '@unstoppable/core';
import { createLocalDynamoDbClient, createTables, type LocalDynamoDb, startDynamoDb } from '../../src';

describe('startDynamoDb', () => {
  let ddb: LocalDynamoDb;
  beforeAll(async () => {
    ddb = await startDynamoDb();
  });
  afterAll(() => ddb.end());

  it('listens on a free localhost port and answers the DynamoDB API', async () => {
    expect(ddb.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await createTables(ddb.client, 'api');
    await ddb.client.send(
      new PutItemCommand({ TableName: 'api-circuit', Item: { circuitId: { S: 'payment-gateway' } } }),
    );
    const other = createLocalDynamoDbClient(ddb.endpoint);
    const read = await other.send(
      new GetItemCommand({ TableName: 'api-circuit', Key: { circuitId: { S: 'payment-gateway' } } }),
    );
    other.destroy();
    expect(read.Item).toEqual({ circuitId: { S: 'payment-gateway' } });
  });

  it('creates every table of TABLES, on demand, the orders table with its two indexes', async () => {
    const names = await createTables(ddb.client, 'env');
    expect(Object.keys(names).sort()).toEqual(Object.keys(TABLES).sort());
    for (const key of Object.keys(TABLES) as TableKey[]) {
      expect(names[key]).toBe(`env-${TABLES[key].name}`);
      const table = (await ddb.client.send(new DescribeTableCommand({ TableName: names[key] }))).Table;
      expect(table?.KeySchema).toEqual(tableDefinitions('env')[key].KeySchema);
      // Usable as soon as createTables returns (CreateTable itself answers while CREATING).
      expect(table?.TableStatus).toBe('ACTIVE');
    }
    expect(names.orders).toBe('env-orders');
    const orders = (await ddb.client.send(new DescribeTableCommand({ TableName: 'env-orders' }))).Table;
    expect(orders?.TableStatus).toBe('ACTIVE');
    expect(orders?.BillingModeSummary?.BillingMode).toBe('PAY_PER_REQUEST');
    expect(orders?.KeySchema).toEqual([{ AttributeName: 'orderId', KeyType: 'HASH' }]);
    const indexes = Object.fromEntries(
      (orders?.GlobalSecondaryIndexes ?? []).map((i) => [i.IndexName, i.KeySchema]),
    );
    expect(indexes).toEqual({
      [TABLES.orders.indexes.byStatus.name]: [
        { AttributeName: 'status', KeyType: 'HASH' },
        { AttributeName: 'createdAt', KeyType: 'RANGE' },
      ],
      [TABLES.orders.indexes.byCreatedAt.name]: [
        { AttributeName: 'listKey', KeyType: 'HASH' },
        { AttributeName: 'createdAt', KeyType: 'RANGE' },
      ],
    });
    const ledger = (await ddb.client.send(new DescribeTableCommand({ TableName: 'env-gateway-ledger' })))
      .Table;
    expect(ledger?.KeySchema).toEqual([{ AttributeName: 'idempotencyKey', KeyType: 'HASH' }]);
  });

  it('skips tables that already exist', async () => {
    await createTables(ddb.client, 'twice');
    await expect(createTables(ddb.client, 'twice')).resolves.toHaveProperty('orders', 'twice-orders');
  });
});

describe('startDynamoDb lifecycle', () => {
  it('stops answering once ended, and end() may be called twice', async () => {
    const ddb = await startDynamoDb();
    await createTables(ddb.client, 'gone');
    const other = createLocalDynamoDbClient(ddb.endpoint);
    await Promise.all([ddb.end(), ddb.end()]);
    await expect(
      other.send(new GetItemCommand({ TableName: 'gone-circuit', Key: { circuitId: { S: 'x' } } })),
    ).rejects.toThrow(/ECONNREFUSED/);
    other.destroy();
  });

  it('rejects with the reason when the port is taken', async () => {
    const first = await startDynamoDb();
    try {
      const port = Number(new URL(first.endpoint).port);
      await expect(startDynamoDb({ port })).rejects.toThrow(/dynalite did not start: .*EADDRINUSE/);
    } finally {
      await first.end();
    }
  });
});

describe('startDynamoDb with a path', () => {
  it('keeps the data on disk across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dynalite-'));
    try {
      const first = await startDynamoDb({ path: dir });
      await createTables(first.client, 'disk');
      await first.client.send(
        new PutItemCommand({ TableName: 'disk-circuit', Item: { circuitId: { S: 'kept' } } }),
      );
      await first.end();
      const second = await startDynamoDb({ path: dir });
      const read = await second.client.send(
        new GetItemCommand({ TableName: 'disk-circuit', Key: { circuitId: { S: 'kept' } } }),
      );
      await second.end();
      expect(read.Item?.circuitId).toEqual({ S: 'kept' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
