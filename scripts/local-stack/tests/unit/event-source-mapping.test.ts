import type { SQSEvent } from 'aws-lambda';
import { QueueRegistry, type SqsBatchHandler, SqsEventSourceMapping } from '../../src';

/** A queue with `count` visible messages `m1..mN`; a received message reappears after `visibilitySeconds`. */
function queueWith(count: number, visibilitySeconds = 30) {
  const registry = new QueueRegistry();
  registry.createQueue('esm-dlq');
  const queue = registry.createQueue('esm', {
    visibilityTimeoutSeconds: visibilitySeconds,
    redrive: { deadLetterQueueName: 'esm-dlq', maxReceiveCount: 3 },
  });
  for (let i = 1; i <= count; i += 1) queue.sendMessage({ MessageBody: `m${i}` });
  return { queue, dlq: registry.getQueue('esm-dlq') };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const empty = (queue: ReturnType<typeof queueWith>['queue']) => {
  const d = queue.depth();
  return d.visible + d.delayed + d.inFlight === 0;
};

describe('SqsEventSourceMapping', () => {
  it('invokes with batches of at most batchSize and deletes what succeeded', async () => {
    const { queue } = queueWith(7);
    const batches: string[][] = [];
    const handler: SqsBatchHandler = async (event) => {
      batches.push(event.Records.map((r) => r.body));
      return { batchItemFailures: [] };
    };
    const mapping = new SqsEventSourceMapping({ queue, handler, batchSize: 3, idlePollMs: 5 }).start();
    await until(() => empty(queue));
    await mapping.stop();
    expect(batches.every((b) => b.length <= 3)).toBe(true);
    expect(batches.flat().sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(mapping.stats()).toMatchObject({ messages: 7, deleted: 7, retried: 0 });
  });

  it('builds SQS event records as Lambda receives them', async () => {
    const { queue } = queueWith(1);
    let event: SQSEvent | undefined;
    const mapping = new SqsEventSourceMapping({
      queue,
      handler: async (e) => {
        event = e;
      },
      idlePollMs: 5,
    }).start();
    await until(() => event !== undefined);
    await mapping.stop();
    expect(event?.Records[0]).toMatchObject({
      body: 'm1',
      eventSource: 'aws:sqs',
      eventSourceARN: queue.arn,
      awsRegion: 'us-east-1',
      attributes: { ApproximateReceiveCount: '1' },
      md5OfBody: expect.stringMatching(/^[0-9a-f]{32}$/),
      receiptHandle: expect.any(String),
    });
  });

  it('never runs more than maximumConcurrency invocations at once', async () => {
    const { queue } = queueWith(12);
    let running = 0;
    let peak = 0;
    const handler: SqsBatchHandler = async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running -= 1;
    };
    const mapping = new SqsEventSourceMapping({
      queue,
      handler,
      batchSize: 1,
      maximumConcurrency: 3,
      idlePollMs: 5,
    }).start();
    await until(() => empty(queue));
    await mapping.stop();
    expect(peak).toBe(3);
  });

  it('leaves only the reported failures on the queue, until redrive moves them to the dead-letter queue', async () => {
    const { queue, dlq } = queueWith(4, 1);
    const handler: SqsBatchHandler = async (event) => ({
      batchItemFailures: event.Records.filter((r) => r.body === 'm2').map((r) => ({
        itemIdentifier: r.messageId,
      })),
    });
    const mapping = new SqsEventSourceMapping({ queue, handler, batchSize: 10, idlePollMs: 5 }).start();
    await until(() => empty(queue) && dlq.depth().visible === 1);
    await mapping.stop();
    expect(dlq.receiveMessage().Messages[0]?.Body).toBe('m2');
    expect(mapping.stats().deleted).toBe(3);
    expect(mapping.stats().retried).toBe(3);
  });

  it('retries the whole batch when the function throws or names a message outside the batch', async () => {
    for (const failure of ['throw', 'foreign id'] as const) {
      const { queue } = queueWith(2, 1);
      let calls = 0;
      const errors: unknown[] = [];
      const handler: SqsBatchHandler = async () => {
        calls += 1;
        if (calls > 1) return undefined;
        if (failure === 'throw') throw new Error('boom');
        return { batchItemFailures: [{ itemIdentifier: 'not-in-this-batch' }] };
      };
      const mapping = new SqsEventSourceMapping({
        queue,
        handler,
        idlePollMs: 5,
        onInvocationError: (error) => errors.push(error),
      }).start();
      await until(() => empty(queue));
      await mapping.stop();
      expect(mapping.stats()).toMatchObject({ messages: 4, retried: 2, deleted: 2 });
      expect(errors).toHaveLength(failure === 'throw' ? 1 : 0);
    }
  });

  it('refuses settings outside the event source mapping limits, naming the field', () => {
    const { queue } = queueWith(0);
    const handler: SqsBatchHandler = async () => undefined;
    expect(() => new SqsEventSourceMapping({ queue, handler, batchSize: 11 })).toThrow(/batchSize/);
    expect(() => new SqsEventSourceMapping({ queue, handler, maximumConcurrency: 1 })).toThrow(
      /maximumConcurrency/,
    );
  });
});
