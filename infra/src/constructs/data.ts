import { type Product, productItem, TABLES, type TableKey } from '@unstoppable/core';
import { Construct } from 'constructs';
import { DynamodbTable, DynamodbTableItem } from '../aws';
import type { ResourceNames } from '../naming';

export interface DataProps {
  readonly names: ResourceNames;
  /** Refuse `DeleteTable` (prod); also turns point-in-time recovery on for every table. */
  readonly deletionProtection: boolean;
  /** Products put into the products table, one Terraform item each (the stack passes `DEMO_CATALOG`). */
  readonly catalog: readonly Product[];
}

interface TableShape {
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly ttlAttribute?: string;
  readonly indexes?: Readonly<Record<string, { name: string; partitionKey: string; sortKey: string }>>;
}

/**
 * Every table of `TABLES` (core), keys, indexes and TTL as declared there: on-demand, encrypted
 * with the AWS managed key, point-in-time recovery on orders (on all tables in protected
 * environments), deletion protection when configured. The products table is seeded with the
 * catalog, each item as core's `productItem` writes it (the local stack seeds the same items).
 */
export class Data extends Construct {
  public readonly tables: Readonly<Record<TableKey, DynamodbTable>>;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    const tables = {} as Record<TableKey, DynamodbTable>;
    for (const key of Object.keys(TABLES) as TableKey[]) {
      const shape: TableShape = TABLES[key];
      const indexes = Object.values(shape.indexes ?? {});
      const keyAttributes = new Set([
        shape.partitionKey,
        ...(shape.sortKey ? [shape.sortKey] : []),
        ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
      ]);
      tables[key] = new DynamodbTable(this, key, {
        name: props.names.table(key),
        billingMode: 'PAY_PER_REQUEST',
        hashKey: shape.partitionKey,
        rangeKey: shape.sortKey,
        attribute: [...keyAttributes].map((name) => ({ name, type: 'S' })),
        globalSecondaryIndex: indexes.length
          ? indexes.map((index) => ({
              name: index.name,
              hashKey: index.partitionKey,
              rangeKey: index.sortKey,
              projectionType: 'ALL',
            }))
          : undefined,
        ttl: shape.ttlAttribute ? { attributeName: shape.ttlAttribute, enabled: true } : undefined,
        pointInTimeRecovery: { enabled: key === 'orders' || props.deletionProtection },
        serverSideEncryption: { enabled: true },
        deletionProtectionEnabled: props.deletionProtection,
      });
    }
    this.tables = tables;
    for (const product of props.catalog) {
      // Terraform owns these items: a deploy puts back what the catalog says (edit it in code).
      new DynamodbTableItem(this, `product-${product.sku.toLowerCase()}`, {
        tableName: tables.products.name,
        hashKey: tables.products.hashKey,
        item: JSON.stringify(productItem(product)),
      });
    }
  }
}
