import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { LogService, METRICS_NAMESPACE } from '@unstoppable/core';
import type { Context, SNSEvent } from 'aws-lambda';
import { countAlert, readAlertKind } from './alert-metrics';
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
  const metrics = new Metrics({ serviceName: LogService.notificationRecorder, namespace: METRICS_NAMESPACE });

  const handle = async (event: SNSEvent, context?: Context): Promise<{ recorded: number }> => {
    if (context) logger.addContext(context);
    const failed: string[] = [];
    for (const [index, record] of (event.Records ?? []).entries()) {
      const messageId = record?.Sns?.MessageId ?? `record-${index}`;
      try {
        const item = toNotificationRecord(record, config.ttlSeconds);
        await documents.send(new PutCommand({ TableName: config.notificationsTable, Item: item }));
        const alert = readAlertKind(record);
        // Counted once stored: SNS delivers one record per invocation, so a retried event never counts twice.
        if (alert.kind === 'known') countAlert(metrics, alert.alertKind);
        if (alert.kind === 'unknown')
          logger.warn('unknown alert kind; not counted', {
            alertKind: alert.value,
            attributeType: alert.type,
          });
        logger.info('notification recorded', {
          messageId,
          topic: item.topic,
          subject: item.subject,
          ...(alert.kind === 'known' ? { alertKind: alert.alertKind } : {}),
        });
      } catch (error) {
        failed.push(messageId);
        if (error instanceof InvalidNotificationError) {
          logger.error('invalid SNS record', { messageId, fields: error.errors.map((e) => e.field) });
        } else {
          logger.error('notification not recorded', { messageId, error });
        }
      }
    }
    // Customer notifications count nothing: no EMF document, no empty-flush warning.
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    if (failed.length > 0) throw new NotificationsNotRecordedError(failed);
    return { recorded: event.Records.length };
  };
  return { handle, logger };
}
