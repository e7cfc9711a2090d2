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
