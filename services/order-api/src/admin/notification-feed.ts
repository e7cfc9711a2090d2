import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import {
  NOTIFICATION_ATTRIBUTES as A,
  NOTIFICATION_FEED,
  type NotificationRecord,
  type NotificationView,
} from '@unstoppable/core';
import * as z from 'zod';

/** The exact `LastEvaluatedKey` of the feed, for cursor validation. */
export const notificationPageKeySchema = z.strictObject({
  [A.feed]: z.literal(NOTIFICATION_FEED),
  [A.sk]: z.string().min(1).max(512),
});

const toView = (record: NotificationRecord): NotificationView => ({
  topic: record.topic,
  ...(record.subject ? { subject: record.subject } : {}),
  message: record.message,
  messageId: record.messageId,
  timestamp: record.timestamp,
});

/** Recorded SNS notifications (written by the notification recorder), newest first. */
export class NotificationFeed {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(query: { limit: number; startKey?: Record<string, unknown> }): Promise<{
    notifications: NotificationView[];
    lastKey?: Record<string, unknown>;
  }> {
    const { Items, LastEvaluatedKey } = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: '#feed = :feed',
        ExpressionAttributeNames: { '#feed': A.feed },
        ExpressionAttributeValues: { ':feed': NOTIFICATION_FEED },
        ScanIndexForward: false,
        Limit: query.limit,
        ExclusiveStartKey: query.startKey,
      }),
    );
    return { notifications: ((Items ?? []) as NotificationRecord[]).map(toView), lastKey: LastEvaluatedKey };
  }
}
