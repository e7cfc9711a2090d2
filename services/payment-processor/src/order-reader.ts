import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Order } from '@unstoppable/core';

/** What the worker needs of a stored order: the token never travels through the workflow. */
export type PayableOrder = Pick<Order, 'orderId' | 'amount' | 'currency' | 'paymentToken' | 'status'>;

/** Reads orders from the orders table (consistent reads: the order was just written). */
export class OrderReader {
  private readonly documents: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.documents = DynamoDBDocumentClient.from(client);
  }

  async find(orderId: string): Promise<PayableOrder | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { orderId },
        ConsistentRead: true,
        ProjectionExpression: 'orderId, amount, currency, paymentToken, #status',
        ExpressionAttributeNames: { '#status': 'status' },
      }),
    );
    return Item as PayableOrder | undefined;
  }
}
