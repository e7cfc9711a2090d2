/**
 * The DynamoDB tables, their keys, indexes and attribute names: defined once, used by services,
 * workflows, infra and the local stack. Physical names are `<prefix>-<logical name>`.
 */
export const TABLES = {
  orders: {
    name: 'orders',
    partitionKey: 'orderId',
    indexes: {
      /** Orders of one status, newest first. */
      byStatus: { name: 'by-status', partitionKey: 'status', sortKey: 'createdAt' },
      /** All orders, newest first: one constant partition (`listKey` = `ORDER`), fine at shop scale. */
      byCreatedAt: { name: 'by-created-at', partitionKey: 'listKey', sortKey: 'createdAt' },
    },
  },
  circuit: { name: 'circuit', partitionKey: 'circuitId' },
  idempotency: { name: 'idempotency', partitionKey: 'id', ttlAttribute: 'expiration' },
  runtimeConfig: { name: 'runtime-config', partitionKey: 'configId' },
  ledger: { name: 'gateway-ledger', partitionKey: 'idempotencyKey' },
  /** SNS notifications as recorded for the admin dashboard, newest first within one feed partition. */
  notifications: { name: 'notifications', partitionKey: 'feed', sortKey: 'sk', ttlAttribute: 'expiresAt' },
  /** The shop's catalog, one item per product (`PRODUCT_ATTRIBUTES`); seeded with `DEMO_CATALOG`. */
  products: { name: 'products', partitionKey: 'sku' },
} as const;

export type TableKey = keyof typeof TABLES;

/** Physical table name for an environment prefix, e.g. `tableName('up-dev', 'orders')` -> `up-dev-orders`. */
export function tableName(prefix: string, table: TableKey): string {
  return `${prefix}-${TABLES[table].name}`;
}

/** Attribute names of an order item. */
export const ORDER_ATTRIBUTES = {
  orderId: 'orderId',
  listKey: 'listKey',
  status: 'status',
  attempt: 'attempt',
  customer: 'customer',
  items: 'items',
  amount: 'amount',
  currency: 'currency',
  paymentToken: 'paymentToken',
  createdAt: 'createdAt',
  updatedAt: 'updatedAt',
  lastError: 'lastError',
  chargeId: 'chargeId',
  declineReason: 'declineReason',
  history: 'history',
} as const;

/** Constant partition value of the `by-created-at` index. */
export const ORDER_LIST_KEY = 'ORDER';

/** Attribute names of a circuit item (DESIGN section 4). */
export const CIRCUIT_ATTRIBUTES = {
  circuitId: 'circuitId',
  state: 'state',
  failures: 'failures',
  tripId: 'tripId',
  openedAt: 'openedAt',
  consecutiveOpens: 'consecutiveOpens',
  probeOwner: 'probeOwner',
  probeClaimedAt: 'probeClaimedAt',
  probeSuccesses: 'probeSuccesses',
  updatedAt: 'updatedAt',
  updatedBy: 'updatedBy',
  /** Why an admin forced the circuit open (set by force-open, removed by reset). */
  reason: 'reason',
} as const;

/** Attribute names of a runtime-config item. */
export const RUNTIME_CONFIG_ATTRIBUTES = {
  configId: 'configId',
  value: 'value',
  updatedAt: 'updatedAt',
  updatedBy: 'updatedBy',
} as const;

/** Constant partition value of the notifications table: one feed, sorted by `sk`. */
export const NOTIFICATION_FEED = 'NOTIFICATION';

/** Attribute names of a recorded notification. */
export const NOTIFICATION_ATTRIBUTES = {
  feed: 'feed',
  /** `<ISO timestamp>#<SNS message id>`: newest last, unique per message. */
  sk: 'sk',
  topic: 'topic',
  subject: 'subject',
  message: 'message',
  messageId: 'messageId',
  timestamp: 'timestamp',
  /** Epoch seconds; DynamoDB TTL deletes the item after it. */
  expiresAt: 'expiresAt',
} as const;

/** Attribute names of a product item (the fields of `Product`). */
export const PRODUCT_ATTRIBUTES = {
  sku: 'sku',
  name: 'name',
  /** Integer minor units of `currency`, stored as a DynamoDB number. */
  unitPrice: 'unitPrice',
  currency: 'currency',
} as const;
