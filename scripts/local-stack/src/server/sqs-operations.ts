import { AwsServiceError } from '../errors';
import type { QueueRegistry } from '../sqs/queue-registry';
import type { MessageAttributeValue } from '../sqs/queue-types';
import { type AwsJsonOperations, requiredString } from './aws-json-protocol';

/** The depth attributes GetQueueAttributes answers, mapped from the queue's counts. */
const DEPTH_ATTRIBUTES = {
  ApproximateNumberOfMessages: 'visible',
  ApproximateNumberOfMessagesDelayed: 'delayed',
  ApproximateNumberOfMessagesNotVisible: 'inFlight',
} as const;

type DepthAttribute = keyof typeof DEPTH_ATTRIBUTES;

function isDepthAttribute(name: string): name is DepthAttribute {
  return Object.hasOwn(DEPTH_ATTRIBUTES, name);
}

function optionalDelay(input: Record<string, unknown>): number | undefined {
  const value = input.DelaySeconds;
  if (value === undefined) return undefined;
  if (typeof value !== 'number') {
    throw new AwsServiceError(
      'SQS',
      'InvalidParameterValue',
      'DelaySeconds: must be a number',
      'DelaySeconds',
    );
  }
  return value;
}

/**
 * The SQS calls the services make (`SendMessage` for re-delays, `GetQueueAttributes` for queue
 * depth), answered by the local queues with the shapes of the SQS JSON protocol.
 */
export function sqsOperations(queues: QueueRegistry): AwsJsonOperations {
  return {
    'AmazonSQS.SendMessage': (input) => {
      const queue = queues.getQueue(requiredString('SQS', input, 'QueueUrl'));
      return queue.sendMessage({
        MessageBody: requiredString('SQS', input, 'MessageBody'),
        DelaySeconds: optionalDelay(input),
        MessageAttributes: input.MessageAttributes as Record<string, MessageAttributeValue> | undefined,
      });
    },
    'AmazonSQS.GetQueueAttributes': (input) => {
      const queue = queues.getQueue(requiredString('SQS', input, 'QueueUrl'));
      const requested = Array.isArray(input.AttributeNames) ? input.AttributeNames : [];
      const names = requested.includes('All') ? Object.keys(DEPTH_ATTRIBUTES) : requested;
      const depth = queue.depth();
      const attributes: Record<string, string> = {};
      for (const name of names) {
        if (typeof name !== 'string' || !isDepthAttribute(name)) {
          throw new AwsServiceError(
            'SQS',
            'InvalidAttributeName',
            `AttributeNames: unsupported attribute ${JSON.stringify(name)} (the local queue answers ${Object.keys(DEPTH_ATTRIBUTES).join(', ')})`,
            'AttributeNames',
          );
        }
        attributes[name] = String(depth[DEPTH_ATTRIBUTES[name]]);
      }
      return { Attributes: attributes };
    },
  };
}
