import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DEFAULT_MAX_AMOUNT_MINOR } from '@unstoppable/core';
import { createNotificationRecorder, type NotificationRecorder } from '@unstoppable/notification-recorder';
import { createOrderApi, type OrderApi } from '@unstoppable/order-api';
import { createRetryHandler, type RetryHandler } from '@unstoppable/retry-handler';
import type { SNSEvent } from 'aws-lambda';
import { LOCAL_CREDENTIALS } from '../dynamodb/start-dynamodb';
import { LOCAL_REGION } from '../local-aws';
import type { PaymentPipeline } from '../payment-pipeline';
import type { SnsNotification } from '../sns/topics';

/** The services the local stack runs besides the payment worker, each built by its own factory. */
export interface LocalServices {
  readonly orderApi: OrderApi;
  readonly retryHandler: RetryHandler;
  readonly notificationRecorder: NotificationRecorder;
}

/**
 * Builds the order API, the retry handler and the notification recorder with the configuration
 * infra gives them on AWS. Their Step Functions and SQS clients are the real SDK clients pointed
 * at the local stack's AWS JSON endpoint (`awsEndpoint`), so no service has a local-only path.
 */
export function createLocalServices(
  pipeline: PaymentPipeline,
  options: { readonly awsEndpoint: string; readonly adminToken: string; readonly redelaySeconds: number },
): LocalServices {
  const { runtime } = pipeline;
  const clientConfig = {
    region: LOCAL_REGION,
    endpoint: options.awsEndpoint,
    credentials: LOCAL_CREDENTIALS,
  };
  const sfn = new SFNClient(clientConfig);
  const sqs = new SQSClient(clientConfig);
  const dynamoDb = runtime.dynamodb.client;
  const orderApi = createOrderApi(
    {
      region: LOCAL_REGION,
      ordersTable: runtime.tables.orders,
      circuitTable: runtime.tables.circuit,
      runtimeConfigTable: runtime.tables.runtimeConfig,
      notificationsTable: runtime.tables.notifications,
      productsTable: runtime.tables.products,
      orderStateMachineArn: pipeline.orderStateMachineArn,
      retryQueueUrl: runtime.retryQueue.url,
      deadLetterQueueUrl: runtime.deadLetterQueue.url,
      maxAmountMinor: DEFAULT_MAX_AMOUNT_MINOR,
      adminAuth: { mode: 'bearer', token: options.adminToken },
    },
    { dynamoDb, sfn, sqs },
  );
  const retryHandler = createRetryHandler(
    {
      region: LOCAL_REGION,
      circuitTable: runtime.tables.circuit,
      orderStateMachineArn: pipeline.orderStateMachineArn,
      retryQueueUrl: runtime.retryQueue.url,
      redelaySeconds: options.redelaySeconds,
    },
    { dynamoDb, sfn, sqs },
  );
  const notificationRecorder = createNotificationRecorder(
    { region: LOCAL_REGION, notificationsTable: runtime.tables.notifications, ttlSeconds: 7 * 86_400 },
    { dynamoDb },
  );
  return { orderApi, retryHandler, notificationRecorder };
}

/** The Lambda event SNS delivers to a subscribed function for one notification. */
export function toSnsEvent(notification: SnsNotification): SNSEvent {
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: `${notification.TopicArn}:local-notification-recorder`,
        Sns: {
          Type: notification.Type,
          MessageId: notification.MessageId,
          TopicArn: notification.TopicArn,
          Subject: notification.Subject ?? null,
          Message: notification.Message,
          Timestamp: notification.Timestamp,
          SignatureVersion: '1',
          Signature: '',
          SigningCertUrl: '',
          UnsubscribeUrl: '',
          MessageAttributes: Object.fromEntries(
            Object.entries(notification.MessageAttributes ?? {}).map(([name, value]) => [
              name,
              { Type: value.DataType, Value: value.StringValue ?? '' },
            ]),
          ),
        },
      },
    ],
  } as SNSEvent;
}
