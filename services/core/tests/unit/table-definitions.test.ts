import { tableDefinitions } from '../../src';

describe('tableDefinitions', () => {
  const tables = tableDefinitions('up-test');

  it('prefixes every table name', () => {
    expect(Object.values(tables).map((table) => table.TableName)).toEqual([
      'up-test-orders',
      'up-test-circuit',
      'up-test-idempotency',
      'up-test-runtime-config',
      'up-test-gateway-ledger',
      'up-test-notifications',
      'up-test-products',
    ]);
  });

  it('keys the products table by SKU alone', () => {
    expect(tables.products).toEqual({
      TableName: 'up-test-products',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'sku', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'sku', KeyType: 'HASH' }],
    });
  });

  it('keys the notifications table by feed and time-ordered sort key', () => {
    expect(tables.notifications.KeySchema).toEqual([
      { AttributeName: 'feed', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(tables.notifications.AttributeDefinitions).toEqual([
      { AttributeName: 'feed', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ]);
  });

  it('gives the orders table both listing indexes, keyed by time', () => {
    expect(
      tables.orders.GlobalSecondaryIndexes?.map((index) => [
        index.IndexName,
        ...index.KeySchema.map((k) => k.AttributeName),
      ]),
    ).toEqual([
      ['by-status', 'status', 'createdAt'],
      ['by-created-at', 'listKey', 'createdAt'],
    ]);
  });

  it('declares every key attribute exactly once', () => {
    const names = tables.orders.AttributeDefinitions.map((attribute) => attribute.AttributeName);
    expect(new Set(names).size).toBe(names.length);
  });
});
