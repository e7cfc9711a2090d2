import { Construct } from 'constructs';
import {
  type DynamodbTable,
  LambdaFunctionEventInvokeConfig,
  LambdaPermission,
  type SnsTopic,
  SnsTopicSubscription,
  SqsQueue,
} from '../aws';
import type { FunctionSettings } from '../config';
import { NOTIFICATION_RECORDER_SPEC, type RecorderRefs } from '../functions/notification-recorder';
import { type FunctionDefaults, ServiceFunction } from './service-function';

export interface NotificationFeedProps {
  readonly notificationsTable: DynamodbTable;
  /** Topics whose messages are recorded, by a stable id. */
  readonly topics: Readonly<Record<string, SnsTopic>>;
  readonly recorder: FunctionSettings;
  readonly defaults: FunctionDefaults;
}

/**
 * The admin dashboard's notification feed: SNS e-mails cannot be read back on AWS, so the
 * notification recorder Lambda is subscribed to the topics and stores each message; what it
 * cannot store after Lambda's asynchronous retries lands in an encrypted SQS queue.
 */
export class NotificationFeed extends Construct {
  public readonly recorder: ServiceFunction<RecorderRefs>;
  public readonly failureQueue: SqsQueue;

  constructor(scope: Construct, id: string, props: NotificationFeedProps) {
    super(scope, id);
    this.failureQueue = new SqsQueue(this, 'failures', {
      name: props.defaults.names.recorderFailureQueue,
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: 14 * 24 * 3600,
    });
    this.recorder = new ServiceFunction(this, 'recorder', {
      spec: NOTIFICATION_RECORDER_SPEC,
      refs: { notificationsTable: props.notificationsTable, failureQueueArn: this.failureQueue.arn },
      settings: props.recorder,
      defaults: props.defaults,
    });
    new LambdaFunctionEventInvokeConfig(this, 'async-failures', {
      functionName: this.recorder.function.functionName,
      maximumRetryAttempts: 2,
      destinationConfig: { onFailure: { destination: this.failureQueue.arn } },
    });
    for (const [topicId, topic] of Object.entries(props.topics)) {
      const permission = new LambdaPermission(this, `invoke-from-${topicId}`, {
        statementId: `sns-${topicId}`,
        action: 'lambda:InvokeFunction',
        functionName: this.recorder.function.functionName,
        principal: 'sns.amazonaws.com',
        sourceArn: topic.arn,
      });
      new SnsTopicSubscription(this, `record-${topicId}`, {
        topicArn: topic.arn,
        protocol: 'lambda',
        endpoint: this.recorder.function.arn,
        dependsOn: [permission],
      });
    }
  }
}
