import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { LogService } from '@unstoppable/core';
import type { Context, SNSEvent } from 'aws-lambda';
import type { NotificationRecorderConfig } from './config';
import { InvalidNotificationError, NotificationsNotRecordedError } from './errors';
import { toNotificationRecord } from './notification-record';

export interface NotificationRecorder {
  readonly handle: (event: SNSEvent, context?: Context) => Promise<{ recorded: number }>;
  readonly logger: Logger;
}

/**
 * Wires the recorder: each SNS record becomes one item of the notifications table (a plain put,
 * so a redelivery rewrites the same item). Every record is tried; if any failed, the invocation
 * fails afterwards so Lambda's asynchronous retries (then its failure destination) take over.
 */
export function createNotificationRecorder(
  config: NotificationRecorderConfig,
  overrides: { readonly dynamoDb?: DynamoDBClient } = {},
): NotificationRecorder {
  const dynamoDb =
    overrides.dynamoDb ?? new DynamoDBClient({ region: config.region, endpoint: config.dynamoDbEndpoint });
  const documents = DynamoDBDocumentClient.from(dynamoDb);
  const logger = new Logger({ serviceName: LogService.notificationRecorder });

  const handle = async (event: SNSEvent, context?: Context): Promise<{ recorded: number }> => {
    if (context) logger.addContext(context);
    const failed: string[] = [];
    for (const [index, record] of (event.Records ?? []).entries()) {
      const messageId = record?.Sns?.MessageId ?? `record-${index}`;
      try {
        const item = toNotificationRecord(record, config.ttlSeconds);
        await documents.send(new PutCommand({ TableName: config.notificationsTable, Item: item }));
        logger.info('notification recorded', { messageId, topic: item.topic, subject: item.subject });
      } catch (error) {
        failed.push(messageId);
        if (error instanceof InvalidNotificationError) {
          logger.error('invalid SNS record', { messageId, fields: error.errors.map((e) => e.field) });
        } else {
          logger.error('notification not recorded', { messageId, error });
        }
      }
    }
    if (failed.length > 0) throw new NotificationsNotRecordedError(failed);
    return { recorded: event.Records.length };
  };
  return { handle, logger };
}
