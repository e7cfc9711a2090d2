import { DEMO_CATALOG, type Product, productItem, TABLES, tableDefinitions } from '@unstoppable/core';
import { DynamodbTable } from '../../../src/aws';
import { Data } from '../../../src/constructs/data';
import { resourceNames } from '../../../src/naming';
import { findResource, resourcesOf, synth } from '../../support/fixtures';

const build = (deletionProtection: boolean, catalog: readonly Product[] = DEMO_CATALOG) =>
  synth((scope) => new Data(scope, 'data', { names: resourceNames('up-dev'), deletionProtection, catalog }));

describe('Data', () => {
  it('declares one on-demand, encrypted table per entry of TABLES', () => {
    const { stack } = build(false);
    const tables = Object.values(resourcesOf(stack, 'aws_dynamodb_table'));
    expect(tables.map((table) => table.name).sort()).toEqual(
      Object.values(TABLES)
        .map((table) => `up-dev-${table.name}`)
        .sort(),
    );
    for (const table of tables) {
      expect(table).toMatchObject({
        billing_mode: 'PAY_PER_REQUEST',
        server_side_encryption: { enabled: true },
      });
    }
  });

  it('gives orders the by-status and by-created-at indexes and point-in-time recovery', () => {
    const { json } = build(false);
    expect(json).toHaveResourceWithProperties(DynamodbTable, {
      name: 'up-dev-orders',
      hash_key: 'orderId',
      point_in_time_recovery: { enabled: true },
      global_secondary_index: [
        { name: 'by-status', hash_key: 'status', range_key: 'createdAt', projection_type: 'ALL' },
        { name: 'by-created-at', hash_key: 'listKey', range_key: 'createdAt', projection_type: 'ALL' },
      ],
    });
  });

  it('expires idempotency records on the expiration attribute', () => {
    expect(build(false).json).toHaveResourceWithProperties(DynamodbTable, {
      name: 'up-dev-idempotency',
      ttl: { attribute_name: 'expiration', enabled: true },
    });
  });

  it('keys every table exactly as the local stack creates it (core tableDefinitions)', () => {
    const tables = Object.values(resourcesOf(build(false).stack, 'aws_dynamodb_table'));
    for (const definition of Object.values(tableDefinitions('up-dev'))) {
      const table = tables.find((candidate) => candidate.name === definition.TableName);
      if (!table) throw new Error(`no table ${definition.TableName}`);
      const range = definition.KeySchema.find((key) => key.KeyType === 'RANGE')?.AttributeName;
      expect(table.hash_key).toBe(definition.KeySchema.find((key) => key.KeyType === 'HASH')?.AttributeName);
      expect(table.range_key).toBe(range);
      expect(
        new Set((table.attribute as { name: string; type: string }[]).map((a) => `${a.name}:${a.type}`)),
      ).toEqual(new Set(definition.AttributeDefinitions.map((a) => `${a.AttributeName}:${a.AttributeType}`)));
      expect(
        ((table.global_secondary_index as { name: string }[] | undefined) ?? []).map((i) => i.name),
      ).toEqual((definition.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    }
  });

  it('protects every table from deletion and turns recovery on everywhere only when asked', () => {
    const unprotected = Object.values(resourcesOf(build(false).stack, 'aws_dynamodb_table'));
    expect(unprotected.every((table) => table.deletion_protection_enabled === false)).toBe(true);
    const protectedTables = Object.values(resourcesOf(build(true).stack, 'aws_dynamodb_table'));
    for (const table of protectedTables) {
      expect(table).toMatchObject({
        deletion_protection_enabled: true,
        point_in_time_recovery: { enabled: true },
      });
    }
  });

  it('keys the products table by SKU, on demand and encrypted like the others', () => {
    expect(build(false).json).toHaveResourceWithProperties(DynamodbTable, {
      name: 'up-dev-products',
      hash_key: 'sku',
      attribute: [{ name: 'sku', type: 'S' }],
      billing_mode: 'PAY_PER_REQUEST',
      server_side_encryption: { enabled: true },
      point_in_time_recovery: { enabled: false },
    });
  });

  it('seeds the products table with one item per catalog product, in DynamoDB JSON as productItem writes it', () => {
    const { stack } = build(false);
    const products = findResource(stack, 'aws_dynamodb_table', { name: 'up-dev-products' });
    const items = Object.values(resourcesOf(stack, 'aws_dynamodb_table_item'));
    expect(items).toHaveLength(DEMO_CATALOG.length);
    for (const item of items) {
      expect(item.table_name).toBe(products.ref('name'));
      expect(item.hash_key).toBe(products.ref('hash_key'));
    }
    const bySku = (a: { sku: { S: string } }, b: { sku: { S: string } }) => a.sku.S.localeCompare(b.sku.S);
    expect(items.map((item) => JSON.parse(String(item.item))).sort(bySku)).toEqual(
      DEMO_CATALOG.map(productItem).sort(bySku),
    );
  });

  it('seeds nothing when the catalog is empty', () => {
    expect(resourcesOf(build(false, []).stack, 'aws_dynamodb_table_item')).toEqual({});
  });
});
