import { TaskFailedError } from '../../errors';
import type { LocalEventBridge } from '../../eventbridge/event-bus';
import type { PutEventsRequestEntry } from '../../eventbridge/event-types';
import { isJsonObject, type JsonObject } from '../../json';
import type { SnsTopics } from '../../sns/topics';
import type { QueueRegistry } from '../../sqs/queue-registry';
import {
  emulatedServiceFailure,
  messageText,
  requireParameters,
  type TaskAdapter,
  withSdkMetadata,
} from './task-adapter';

const SQS_EXCEPTIONS = {
  QueueDoesNotExist: 'QueueDoesNotExistException',
  InvalidMessageContents: 'InvalidMessageContentsException',
};

/** `arn:aws:states:::sqs:sendMessage` -> the local queue named by `QueueUrl`. */
export function sqsSendMessageTask(queues: QueueRegistry): TaskAdapter {
  return async (parameters) => {
    const request = requireParameters(parameters, 'SQS.AmazonSQSException', 'sqs:sendMessage');
    try {
      const queue = queues.getQueue(String(request.QueueUrl));
      const result = queue.sendMessage({
        MessageBody: messageText(request.MessageBody) as string,
        DelaySeconds: request.DelaySeconds as number | undefined,
        MessageAttributes: request.MessageAttributes as never,
      });
      return withSdkMetadata({ ...result }, 'text/xml');
    } catch (error) {
      return emulatedServiceFailure(error, 'SQS', 'AmazonSQS', SQS_EXCEPTIONS, 'AmazonSQSException');
    }
  };
}

const SNS_EXCEPTIONS = { NotFound: 'NotFoundException', InvalidParameter: 'InvalidParameterException' };

/** `arn:aws:states:::sns:publish` -> the local topic named by `TopicArn`. */
export function snsPublishTask(topics: SnsTopics): TaskAdapter {
  return async (parameters) => {
    const request = requireParameters(parameters, 'SNS.InvalidParameterException', 'sns:publish');
    try {
      const result = topics.publish({
        TopicArn: String(request.TopicArn),
        Message: messageText(request.Message) as string,
        Subject: request.Subject as string | undefined,
        MessageAttributes: request.MessageAttributes as never,
      });
      return withSdkMetadata({ ...result }, 'text/xml');
    } catch (error) {
      return emulatedServiceFailure(error, 'SNS', 'AmazonSNS', SNS_EXCEPTIONS, 'AmazonSNSException');
    }
  };
}

/**
 * `arn:aws:states:::events:putEvents` -> the local bus. As the optimized integration does, a
 * `Detail` object is serialised, the execution and state machine ARNs are appended to `Resources`,
 * and a non-zero `FailedEntryCount` fails the Task with `EventBridge.FailedEntry`.
 */
export function eventsPutEventsTask(eventBridge: LocalEventBridge): TaskAdapter {
  return async (parameters, context) => {
    const request = requireParameters(
      parameters,
      'EventBridge.AmazonEventBridgeException',
      'events:putEvents',
    );
    if (!Array.isArray(request.Entries)) {
      throw new TaskFailedError(
        'EventBridge.AmazonEventBridgeException',
        'Entries is required and must be an array.',
      );
    }
    const entries = request.Entries.map((entry): PutEventsRequestEntry => {
      const value: JsonObject = isJsonObject(entry) ? entry : {};
      const resources = Array.isArray(value.Resources) ? value.Resources.map(String) : [];
      return {
        Source: value.Source as string | undefined,
        DetailType: value.DetailType as string | undefined,
        Detail: messageText(value.Detail),
        EventBusName: value.EventBusName as string | undefined,
        Resources: [...resources, context.executionArn, context.stateMachineArn],
      };
    });
    let result: ReturnType<LocalEventBridge['putEvents']>;
    try {
      result = eventBridge.putEvents({ Entries: entries });
    } catch (error) {
      return emulatedServiceFailure(
        error,
        'EventBridge',
        'AmazonEventBridge',
        {},
        'AmazonEventBridgeException',
      );
    }
    const body = {
      Entries: result.Entries.map((entry) => ({ ...entry })),
      FailedEntryCount: result.FailedEntryCount,
    };
    if (result.FailedEntryCount > 0)
      throw new TaskFailedError('EventBridge.FailedEntry', JSON.stringify(body));
    return withSdkMetadata(body);
  };
}
