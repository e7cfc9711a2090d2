import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { paginateQuery } from '@aws-sdk/lib-dynamodb';
import { type OrderStatus, TABLES, type WorkflowOrder } from '@unstoppable/core';
import type { LocalRuntime } from '../local-runtime';

/** Every stored order with this status, read page by page from the orders table's status index. */
export async function* ordersWithStatus(
  runtime: LocalRuntime,
  documents: DynamoDBDocumentClient,
  status: OrderStatus,
): AsyncGenerator<WorkflowOrder> {
  const pages = paginateQuery(
    { client: documents },
    {
      TableName: runtime.tables.orders,
      IndexName: TABLES.orders.indexes.byStatus.name,
      KeyConditionExpression: '#s = :status',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':status': status },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) yield item as WorkflowOrder;
  }
}
