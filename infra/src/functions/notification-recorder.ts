import { LogService } from '@unstoppable/core';
import { allow, type FunctionSpec, type TableRef } from './function-spec';

/** What the notification recorder may touch. */
export interface RecorderRefs {
  readonly notificationsTable: TableRef;
  /** On-failure destination of its asynchronous (SNS) invocations. */
  readonly failureQueueArn: string;
}

/** Stores every admin and customer SNS message so the admin dashboard can list them. */
export const NOTIFICATION_RECORDER_SPEC: FunctionSpec<RecorderRefs> = {
  id: 'notification-recorder',
  packageName: '@unstoppable/notification-recorder',
  service: LogService.notificationRecorder,
  description: 'Records admin and customer SNS notifications for the admin dashboard',
  enabled: () => true,
  environment: ({ notificationsTable }) => ({ NOTIFICATIONS_TABLE: notificationsTable.name }),
  statements: ({ notificationsTable, failureQueueArn }) => [
    allow('RecordNotification', ['dynamodb:PutItem'], [notificationsTable.arn]),
    allow('OnFailureDestination', ['sqs:SendMessage'], [failureQueueArn]),
  ],
};
