import { AwsServiceError } from '../errors';
import { type AwsLocation, LOCAL_LOCATION } from '../local-aws';
import { LocalQueue, type QueueOptions } from './queue';
import type { QueueSnapshot } from './queue-snapshot';

/** Options of one queue created through the registry; the dead-letter queue is named, not passed. */
export interface CreateQueueOptions extends Omit<QueueOptions, 'redrive' | 'clock' | 'location'> {
  readonly redrive?: { readonly deadLetterQueueName: string; readonly maxReceiveCount: number };
}

/** All queues of the local stack, found by URL, ARN or name as the SQS API and definitions name them. */
export class QueueRegistry {
  private readonly queues = new Map<string, LocalQueue>();

  constructor(
    private readonly options: { readonly clock?: () => number; readonly location?: AwsLocation } = {},
  ) {}

  /** CreateQueue. A dead-letter queue must be created first. */
  createQueue(name: string, options: CreateQueueOptions = {}): LocalQueue {
    if (this.queues.has(name)) {
      throw new AwsServiceError(
        'SQS',
        'QueueNameExists',
        `A queue named ${name} already exists.`,
        'QueueName',
      );
    }
    const redrive = options.redrive && {
      deadLetterQueue: this.getQueue(options.redrive.deadLetterQueueName),
      maxReceiveCount: options.redrive.maxReceiveCount,
    };
    const queue = new LocalQueue(name, {
      ...options,
      redrive,
      clock: this.options.clock,
      location: this.options.location ?? LOCAL_LOCATION,
    });
    this.queues.set(name, queue);
    return queue;
  }

  /** The queue with this URL, ARN or name, or SQS's `QueueDoesNotExist`. */
  getQueue(urlArnOrName: string): LocalQueue {
    for (const queue of this.queues.values()) {
      if (queue.url === urlArnOrName || queue.arn === urlArnOrName || queue.name === urlArnOrName)
        return queue;
    }
    throw new AwsServiceError(
      'SQS',
      'QueueDoesNotExist',
      `The specified queue does not exist: ${urlArnOrName}`,
      'QueueUrl',
    );
  }

  list(): LocalQueue[] {
    return [...this.queues.values()];
  }

  /** Every queue's content by name, as plain JSON. */
  snapshot(): Record<string, QueueSnapshot> {
    return Object.fromEntries(this.list().map((queue) => [queue.name, queue.snapshot()]));
  }

  /** Restores the queues named in a snapshot (they must exist already). */
  restore(snapshot: Record<string, QueueSnapshot>): void {
    for (const [name, content] of Object.entries(snapshot)) this.getQueue(name).restore(content);
  }
}
