import { TABLES, type TableKey, tableName } from './tables';

/** A CreateTable request in the DynamoDB API's shape (kept SDK-free so core has no AWS dependency). */
export interface TableDefinition {
  readonly TableName: string;
  readonly BillingMode: 'PAY_PER_REQUEST';
  readonly AttributeDefinitions: { AttributeName: string; AttributeType: 'S' | 'N' }[];
  readonly KeySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
  readonly GlobalSecondaryIndexes?: {
    IndexName: string;
    KeySchema: { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[];
    Projection: { ProjectionType: 'ALL' };
  }[];
}

const hash = (AttributeName: string) => ({ AttributeName, KeyType: 'HASH' as const });
const range = (AttributeName: string) => ({ AttributeName, KeyType: 'RANGE' as const });
const string = (AttributeName: string) => ({ AttributeName, AttributeType: 'S' as const });

/**
 * CreateTable requests for every table of `TABLES` under an environment prefix: what the local
 * stack and the integration tests create in dynalite (infra declares the same keys in Terraform).
 * TTL attributes (`ttlAttribute` in `TABLES`) are not part of CreateTable: infra switches them on.
 */
export function tableDefinitions(prefix: string): Record<TableKey, TableDefinition> {
  const simple = (key: Exclude<TableKey, 'orders' | 'notifications'>): TableDefinition => ({
    TableName: tableName(prefix, key),
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [string(TABLES[key].partitionKey)],
    KeySchema: [hash(TABLES[key].partitionKey)],
  });
  const { byStatus, byCreatedAt } = TABLES.orders.indexes;
  return {
    orders: {
      TableName: tableName(prefix, 'orders'),
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        string(TABLES.orders.partitionKey),
        string(byStatus.partitionKey),
        string(byStatus.sortKey),
        string(byCreatedAt.partitionKey),
      ],
      KeySchema: [hash(TABLES.orders.partitionKey)],
      GlobalSecondaryIndexes: [byStatus, byCreatedAt].map((index) => ({
        IndexName: index.name,
        KeySchema: [hash(index.partitionKey), range(index.sortKey)],
        Projection: { ProjectionType: 'ALL' as const },
      })),
    },
    circuit: simple('circuit'),
    idempotency: simple('idempotency'),
    runtimeConfig: simple('runtimeConfig'),
    ledger: simple('ledger'),
    notifications: {
      TableName: tableName(prefix, 'notifications'),
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [string(TABLES.notifications.partitionKey), string(TABLES.notifications.sortKey)],
      KeySchema: [hash(TABLES.notifications.partitionKey), range(TABLES.notifications.sortKey)],
    },
    products: simple('products'),
  };
}
