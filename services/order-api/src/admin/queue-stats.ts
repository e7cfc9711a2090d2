import { GetQueueAttributesCommand, type QueueAttributeName, type SQSClient } from '@aws-sdk/client-sqs';
import type { QueueDepth, QueueStats } from '@unstoppable/core';

/** The SQS attributes read per queue (GetQueueAttributes `AttributeNames`). */
export const QUEUE_DEPTH_ATTRIBUTES = [
  'ApproximateNumberOfMessages',
  'ApproximateNumberOfMessagesDelayed',
  'ApproximateNumberOfMessagesNotVisible',
] as const satisfies readonly QueueAttributeName[];

/** Reads the approximate depth of the retry queue and its dead-letter queue. */
export class QueueStatsReader {
  constructor(
    private readonly sqs: SQSClient,
    private readonly retryQueueUrl: string,
    private readonly deadLetterQueueUrl: string,
  ) {}

  async read(): Promise<QueueStats> {
    const [retry, deadLetter] = await Promise.all([
      this.depth(this.retryQueueUrl),
      this.depth(this.deadLetterQueueUrl),
    ]);
    return { retry, deadLetter };
  }

  private async depth(QueueUrl: string): Promise<QueueDepth> {
    const { Attributes = {} } = await this.sqs.send(
      new GetQueueAttributesCommand({ QueueUrl, AttributeNames: [...QUEUE_DEPTH_ATTRIBUTES] }),
    );
    const count = (name: (typeof QUEUE_DEPTH_ATTRIBUTES)[number]) => Number(Attributes[name] ?? 0);
    return {
      messages: count('ApproximateNumberOfMessages'),
      delayed: count('ApproximateNumberOfMessagesDelayed'),
      inFlight: count('ApproximateNumberOfMessagesNotVisible'),
    };
  }
}
