import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  ORDER_ATTRIBUTES,
  ORDER_ID_PATTERN,
  ORDER_LIST_KEY,
  type OrderStatus,
  TABLES,
} from '@unstoppable/core';
import * as z from 'zod';
import type { StoredOrder } from './stored-order';

const { byStatus, byCreatedAt } = TABLES.orders.indexes;
const isoTime = z.iso.datetime();

/**
 * The exact `LastEvaluatedKey` shape of an order listing: table key plus the index keys, with the
 * constant partition (or the filtered status) pinned, so a cursor only resumes its own listing.
 */
export function orderPageKeySchema(status?: OrderStatus) {
  const orderId = z.string().regex(ORDER_ID_PATTERN);
  return status
    ? z.strictObject({
        [ORDER_ATTRIBUTES.orderId]: orderId,
        [byStatus.partitionKey]: z.literal(status),
        [byStatus.sortKey]: isoTime,
      })
    : z.strictObject({
        [ORDER_ATTRIBUTES.orderId]: orderId,
        [byCreatedAt.partitionKey]: z.literal(ORDER_LIST_KEY),
        [byCreatedAt.sortKey]: isoTime,
      });
}

export interface OrderListQuery {
  readonly status?: OrderStatus;
  readonly limit: number;
  readonly startKey?: Record<string, unknown>;
}

export interface OrderListPage {
  readonly orders: StoredOrder[];
  readonly lastKey?: Record<string, unknown>;
}

/** The orders table as the API uses it: conditional create, consistent reads, newest-first listings. */
export class OrderRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Stores a new order; false (and nothing written) when the order id already exists. */
  async create(order: StoredOrder): Promise<boolean> {
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: order,
          ConditionExpression: 'attribute_not_exists(#orderId)',
          ExpressionAttributeNames: { '#orderId': ORDER_ATTRIBUTES.orderId },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async find(orderId: string): Promise<StoredOrder | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: { orderId }, ConsistentRead: true }),
    );
    return Item as StoredOrder | undefined;
  }

  /** One page of orders, newest first: all of them (`by-created-at`) or one status (`by-status`). */
  async list(query: OrderListQuery): Promise<OrderListPage> {
    const index = query.status ? byStatus : byCreatedAt;
    const { Items, LastEvaluatedKey } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey },
        ExpressionAttributeValues: { ':pk': query.status ?? ORDER_LIST_KEY },
        ScanIndexForward: false,
        Limit: query.limit,
        ExclusiveStartKey: query.startKey,
      }),
    );
    return { orders: (Items ?? []) as StoredOrder[], lastKey: LastEvaluatedKey };
  }
}
