import { createHash } from 'node:crypto';
import { AwsServiceError, LocalQueue, QueueRegistry } from '../../src';

function clock(start = 1_700_000_000_000) {
  let now = start;
  return { now: () => now, advance: (seconds: number) => (now += seconds * 1000) };
}

function setup(options: { visibility?: number; maxReceiveCount?: number } = {}) {
  const time = clock();
  const queues = new QueueRegistry({ clock: time.now });
  const dlq = queues.createQueue('retry-dlq');
  const queue = queues.createQueue('retry', {
    visibilityTimeoutSeconds: options.visibility ?? 30,
    redrive: options.maxReceiveCount
      ? { deadLetterQueueName: 'retry-dlq', maxReceiveCount: options.maxReceiveCount }
      : undefined,
  });
  return { time, queues, queue, dlq };
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(AwsServiceError);
    return (error as AwsServiceError).name;
  }
  return undefined;
}

describe('LocalQueue.sendMessage', () => {
  it('returns a MessageId and the MD5 of the body as SQS does', () => {
    const { queue } = setup();
    const result = queue.sendMessage({ MessageBody: '{"orderId":"o-1"}' });
    expect(result.MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.MD5OfMessageBody).toBe(createHash('md5').update('{"orderId":"o-1"}').digest('hex'));
  });

  it('accepts DelaySeconds 0 to 900 and refuses anything else with InvalidParameterValue', () => {
    const { queue } = setup();
    expect(codeOf(() => queue.sendMessage({ MessageBody: 'a', DelaySeconds: 900 }))).toBeUndefined();
    expect(codeOf(() => queue.sendMessage({ MessageBody: 'a', DelaySeconds: 0 }))).toBeUndefined();
    expect(codeOf(() => queue.sendMessage({ MessageBody: 'a', DelaySeconds: 901 }))).toBe(
      'InvalidParameterValue',
    );
    expect(codeOf(() => queue.sendMessage({ MessageBody: 'a', DelaySeconds: -1 }))).toBe(
      'InvalidParameterValue',
    );
    expect(codeOf(() => queue.sendMessage({ MessageBody: 'a', DelaySeconds: 1.5 }))).toBe(
      'InvalidParameterValue',
    );
  });

  it('refuses an empty body, a body over 256 KiB and characters SQS does not allow', () => {
    const { queue } = setup();
    expect(codeOf(() => queue.sendMessage({ MessageBody: '' }))).toBe('MissingParameter');
    expect(codeOf(() => queue.sendMessage({ MessageBody: 'x'.repeat(262_145) }))).toBe(
      'InvalidParameterValue',
    );
    expect(codeOf(() => queue.sendMessage({ MessageBody: 'bad \u0000 char' }))).toBe(
      'InvalidMessageContents',
    );
  });

  it('names the field at fault', () => {
    const { queue } = setup();
    try {
      queue.sendMessage({ MessageBody: 'a', DelaySeconds: 1000 });
    } catch (error) {
      expect((error as AwsServiceError).field).toBe('DelaySeconds');
    }
    expect.assertions(1);
  });
});

describe('LocalQueue delays and visibility', () => {
  it('keeps a delayed message out of receives until its delay has passed', () => {
    const { queue, time } = setup();
    queue.sendMessage({ MessageBody: 'later', DelaySeconds: 60 });
    expect(queue.depth()).toEqual({ visible: 0, delayed: 1, inFlight: 0 });
    expect(queue.receiveMessage().Messages).toHaveLength(0);
    expect(queue.nextVisibleAt()).toBe(time.now() + 60_000);
    time.advance(59);
    expect(queue.receiveMessage().Messages).toHaveLength(0);
    time.advance(1);
    expect(queue.receiveMessage().Messages.map((m) => m.Body)).toEqual(['later']);
  });

  it('hides a received message for the visibility timeout, then delivers it again with a higher receive count', () => {
    const { queue, time } = setup({ visibility: 30 });
    queue.sendMessage({ MessageBody: 'm' });
    const [first] = queue.receiveMessage().Messages;
    expect(first?.Attributes.ApproximateReceiveCount).toBe('1');
    expect(first?.Attributes.SentTimestamp).toBe(String(time.now()));
    expect(queue.depth()).toEqual({ visible: 0, delayed: 0, inFlight: 1 });
    expect(queue.receiveMessage().Messages).toHaveLength(0);
    time.advance(30);
    const [second] = queue.receiveMessage().Messages;
    expect(second?.MessageId).toBe(first?.MessageId);
    expect(second?.ReceiptHandle).not.toBe(first?.ReceiptHandle);
    expect(second?.Attributes.ApproximateReceiveCount).toBe('2');
    expect(second?.Attributes.ApproximateFirstReceiveTimestamp).toBe(
      first?.Attributes.ApproximateFirstReceiveTimestamp,
    );
  });

  it('uses the VisibilityTimeout of the receive over the queue default', () => {
    const { queue, time } = setup({ visibility: 30 });
    queue.sendMessage({ MessageBody: 'm' });
    queue.receiveMessage({ VisibilityTimeout: 5 });
    time.advance(5);
    expect(queue.receiveMessage().Messages).toHaveLength(1);
  });

  it('returns at most MaxNumberOfMessages (1-10), oldest first', () => {
    const { queue } = setup();
    for (let i = 0; i < 12; i += 1) queue.sendMessage({ MessageBody: `m${i}` });
    expect(queue.receiveMessage({ MaxNumberOfMessages: 10 }).Messages.map((m) => m.Body)).toEqual(
      Array.from({ length: 10 }, (_, i) => `m${i}`),
    );
    expect(queue.receiveMessage({ MaxNumberOfMessages: 10 }).Messages).toHaveLength(2);
    expect(codeOf(() => queue.receiveMessage({ MaxNumberOfMessages: 11 }))).toBe('InvalidParameterValue');
  });

  it('returns message attributes as sent', () => {
    const { queue } = setup();
    queue.sendMessage({
      MessageBody: 'm',
      MessageAttributes: { attempt: { DataType: 'Number', StringValue: '2' } },
    });
    expect(queue.receiveMessage().Messages[0]?.MessageAttributes).toEqual({
      attempt: { DataType: 'Number', StringValue: '2' },
    });
  });
});

describe('LocalQueue.deleteMessage and changeMessageVisibility', () => {
  it('deletes a message by the receipt handle of its latest receive', () => {
    const { queue } = setup();
    queue.sendMessage({ MessageBody: 'm' });
    const [message] = queue.receiveMessage().Messages;
    queue.deleteMessage({ ReceiptHandle: message?.ReceiptHandle ?? '' });
    expect(queue.depth()).toEqual({ visible: 0, delayed: 0, inFlight: 0 });
    // Deleting again succeeds, as on SQS.
    expect(() => queue.deleteMessage({ ReceiptHandle: message?.ReceiptHandle ?? '' })).not.toThrow();
  });

  it('ignores a stale handle from an earlier receive (the message stays)', () => {
    const { queue, time } = setup({ visibility: 10 });
    queue.sendMessage({ MessageBody: 'm' });
    const [first] = queue.receiveMessage().Messages;
    time.advance(10);
    queue.receiveMessage();
    queue.deleteMessage({ ReceiptHandle: first?.ReceiptHandle ?? '' });
    expect(queue.depth().inFlight).toBe(1);
  });

  it('refuses a receipt handle it never issued with ReceiptHandleIsInvalid', () => {
    const { queue } = setup();
    expect(codeOf(() => queue.deleteMessage({ ReceiptHandle: 'made-up' }))).toBe('ReceiptHandleIsInvalid');
  });

  it('changes the visibility of an in-flight message; 0 makes it receivable at once', () => {
    const { queue, time } = setup({ visibility: 30 });
    queue.sendMessage({ MessageBody: 'm' });
    const handle = queue.receiveMessage().Messages[0]?.ReceiptHandle ?? '';
    queue.changeMessageVisibility({ ReceiptHandle: handle, VisibilityTimeout: 120 });
    time.advance(60);
    expect(queue.receiveMessage().Messages).toHaveLength(0);
    queue.changeMessageVisibility({ ReceiptHandle: handle, VisibilityTimeout: 0 });
    expect(queue.receiveMessage().Messages).toHaveLength(1);
  });

  it('refuses to change the visibility of a message no longer in flight with MessageNotInflight', () => {
    const { queue, time } = setup({ visibility: 10 });
    queue.sendMessage({ MessageBody: 'm' });
    const handle = queue.receiveMessage().Messages[0]?.ReceiptHandle ?? '';
    time.advance(10);
    expect(codeOf(() => queue.changeMessageVisibility({ ReceiptHandle: handle, VisibilityTimeout: 5 }))).toBe(
      'MessageNotInflight',
    );
    expect(
      codeOf(() => queue.changeMessageVisibility({ ReceiptHandle: handle, VisibilityTimeout: 43_201 })),
    ).toBe('InvalidParameterValue');
  });
});

describe('LocalQueue redrive', () => {
  it('moves a message to the dead-letter queue on the receive after maxReceiveCount receives', () => {
    const { queue, dlq, time } = setup({ visibility: 10, maxReceiveCount: 2 });
    const { MessageId } = queue.sendMessage({ MessageBody: 'poison' });
    expect(queue.receiveMessage().Messages).toHaveLength(1);
    time.advance(10);
    expect(queue.receiveMessage().Messages[0]?.Attributes.ApproximateReceiveCount).toBe('2');
    time.advance(10);
    expect(queue.receiveMessage().Messages).toHaveLength(0);
    expect(queue.depth()).toEqual({ visible: 0, delayed: 0, inFlight: 0 });
    expect(dlq.depth().visible).toBe(1);
    const [dead] = dlq.receiveMessage().Messages;
    expect(dead?.MessageId).toBe(MessageId);
    expect(dead?.Body).toBe('poison');
  });

  it('delivers the next healthy message in the same receive that redrives a poisoned one', () => {
    const { queue, dlq, time } = setup({ visibility: 10, maxReceiveCount: 1 });
    queue.sendMessage({ MessageBody: 'poison' });
    queue.receiveMessage();
    queue.sendMessage({ MessageBody: 'healthy' });
    time.advance(10);
    expect(queue.receiveMessage({ MaxNumberOfMessages: 10 }).Messages.map((m) => m.Body)).toEqual([
      'healthy',
    ]);
    expect(dlq.depth().visible).toBe(1);
  });

  it('validates maxReceiveCount (1-1000)', () => {
    const queues = new QueueRegistry();
    queues.createQueue('dlq');
    expect(() =>
      queues.createQueue('q', { redrive: { deadLetterQueueName: 'dlq', maxReceiveCount: 0 } }),
    ).toThrow(AwsServiceError);
  });
});

describe('LocalQueue snapshot and restore', () => {
  it('round-trips the content through plain JSON, in-flight handles included', () => {
    const { queue, time } = setup({ visibility: 30 });
    queue.sendMessage({ MessageBody: 'delayed', DelaySeconds: 100 });
    queue.sendMessage({ MessageBody: 'taken' });
    const handle = queue.receiveMessage().Messages[0]?.ReceiptHandle ?? '';
    const json = JSON.parse(JSON.stringify(queue.snapshot()));
    const copy = new LocalQueue('retry', { clock: time.now });
    copy.restore(json);
    expect(copy.depth()).toEqual({ visible: 0, delayed: 1, inFlight: 1 });
    copy.deleteMessage({ ReceiptHandle: handle });
    expect(copy.depth()).toEqual({ visible: 0, delayed: 1, inFlight: 0 });
    time.advance(100);
    expect(copy.receiveMessage().Messages[0]?.Body).toBe('delayed');
  });
});

describe('QueueRegistry', () => {
  it('finds a queue by URL, ARN or name and refuses unknown ones with QueueDoesNotExist', () => {
    const { queues, queue } = setup();
    expect(queue.url).toBe('https://sqs.us-east-1.amazonaws.com/000000000000/retry');
    expect(queue.arn).toBe('arn:aws:sqs:us-east-1:000000000000:retry');
    expect(queues.getQueue(queue.url)).toBe(queue);
    expect(queues.getQueue(queue.arn)).toBe(queue);
    expect(queues.getQueue('retry')).toBe(queue);
    expect(codeOf(() => queues.getQueue('nope'))).toBe('QueueDoesNotExist');
  });

  it('snapshots and restores every queue by name', () => {
    const { queues, queue } = setup();
    queue.sendMessage({ MessageBody: 'kept' });
    const snapshot = JSON.parse(JSON.stringify(queues.snapshot()));
    queue.purge();
    expect(queue.depth().visible).toBe(0);
    queues.restore(snapshot);
    expect(queue.receiveMessage().Messages[0]?.Body).toBe('kept');
  });
});
