import { SqsQueue, SqsQueueRedriveAllowPolicy } from '../../../src/aws';
import { RetryQueue } from '../../../src/constructs/retry-queue';
import { resourceNames } from '../../../src/naming';
import { findResource, synth } from '../../support/fixtures';

const build = () =>
  synth(
    (scope) =>
      new RetryQueue(scope, 'retry', {
        names: resourceNames('up-dev'),
        maxReceiveCount: 5,
        consumerTimeoutSeconds: 30,
      }),
  );

describe('RetryQueue', () => {
  it('redrives the retry queue into its DLQ after maxReceiveCount receives', () => {
    const { stack } = build();
    const queue = findResource(stack, 'aws_sqs_queue', { name: 'up-dev-order-retry' });
    const dlq = findResource(stack, 'aws_sqs_queue', { name: 'up-dev-order-retry-dlq' });
    expect(JSON.parse(String(queue.body.redrive_policy))).toEqual({
      deadLetterTargetArn: dlq.ref('arn'),
      maxReceiveCount: 5,
    });
  });

  it('encrypts both queues with SQS-managed keys', () => {
    const { json } = build();
    expect(json).toHaveResourceWithProperties(SqsQueue, {
      name: 'up-dev-order-retry',
      sqs_managed_sse_enabled: true,
    });
    expect(json).toHaveResourceWithProperties(SqsQueue, {
      name: 'up-dev-order-retry-dlq',
      sqs_managed_sse_enabled: true,
      message_retention_seconds: 1_209_600,
    });
  });

  it('keeps messages invisible for six consumer timeouts, as AWS advises for Lambda sources', () => {
    expect(build().json).toHaveResourceWithProperties(SqsQueue, {
      name: 'up-dev-order-retry',
      visibility_timeout_seconds: 180,
    });
  });

  it('lets only the retry queue redrive into the DLQ', () => {
    const { json, stack } = build();
    const queue = findResource(stack, 'aws_sqs_queue', { name: 'up-dev-order-retry' });
    const dlq = findResource(stack, 'aws_sqs_queue', { name: 'up-dev-order-retry-dlq' });
    expect(json).toHaveResourceWithProperties(SqsQueueRedriveAllowPolicy, {
      queue_url: dlq.ref('url'),
      redrive_allow_policy: JSON.stringify({
        redrivePermission: 'byQueue',
        sourceQueueArns: [queue.ref('arn')],
      }),
    });
  });
});
