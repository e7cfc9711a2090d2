import { Construct } from 'constructs';
import { SqsQueue, SqsQueueRedriveAllowPolicy } from '../aws';
import type { ResourceNames } from '../naming';

export interface RetryQueueProps {
  readonly names: ResourceNames;
  /** Receives before a message moves to the dead-letter queue. */
  readonly maxReceiveCount: number;
  /** Timeout of the function consuming the queue; the visibility timeout is six times it (AWS guidance). */
  readonly consumerTimeoutSeconds: number;
}

const FOURTEEN_DAYS = 14 * 24 * 3600;

/**
 * The queue that parks orders while the circuit is not closed, and its dead-letter queue. Both use
 * SQS-managed encryption; only the retry queue may redrive into the DLQ.
 */
export class RetryQueue extends Construct {
  public readonly queue: SqsQueue;
  public readonly deadLetterQueue: SqsQueue;

  constructor(scope: Construct, id: string, props: RetryQueueProps) {
    super(scope, id);
    this.deadLetterQueue = new SqsQueue(this, 'dlq', {
      name: props.names.retryDeadLetterQueue,
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: FOURTEEN_DAYS,
    });
    this.queue = new SqsQueue(this, 'queue', {
      name: props.names.retryQueue,
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: 4 * 24 * 3600,
      visibilityTimeoutSeconds: 6 * props.consumerTimeoutSeconds,
      redrivePolicy: JSON.stringify({
        deadLetterTargetArn: this.deadLetterQueue.arn,
        maxReceiveCount: props.maxReceiveCount,
      }),
    });
    new SqsQueueRedriveAllowPolicy(this, 'dlq-sources', {
      queueUrl: this.deadLetterQueue.url,
      redriveAllowPolicy: JSON.stringify({ redrivePermission: 'byQueue', sourceQueueArns: [this.queue.arn] }),
    });
  }
}
