import { AwsServiceError, type SnsNotification, SnsTopics } from '../../src';

describe('SnsTopics', () => {
  it('creates topics idempotently with AWS-shaped ARNs', () => {
    const topics = new SnsTopics();
    const arn = topics.createTopic('admin-alerts');
    expect(arn).toBe('arn:aws:sns:us-east-1:000000000000:admin-alerts');
    expect(topics.createTopic('admin-alerts')).toBe(arn);
    expect(() => topics.createTopic('bad name')).toThrow(AwsServiceError);
  });

  it('delivers a publish to every subscriber asynchronously and records it in the outbox', async () => {
    const topics = new SnsTopics({ clock: () => Date.parse('2025-01-02T03:04:05.678Z') });
    const arn = topics.createTopic('alerts');
    const received: SnsNotification[][] = [[], []];
    topics.subscribe(arn, (n) => {
      received[0]?.push(n);
    });
    topics.subscribe(arn, async (n) => {
      received[1]?.push(n);
    });
    const { MessageId } = topics.publish({
      TopicArn: arn,
      Subject: 'Circuit opened',
      Message: 'payment-gateway is OPEN',
    });
    expect(MessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(received[0]).toHaveLength(0);
    await topics.flush();
    const expected = {
      Type: 'Notification',
      MessageId,
      TopicArn: arn,
      Subject: 'Circuit opened',
      Message: 'payment-gateway is OPEN',
      Timestamp: '2025-01-02T03:04:05.678Z',
    };
    expect(received[0]).toEqual([expected]);
    expect(received[1]).toEqual([expected]);
    expect(topics.outbox(arn)).toEqual([expected]);
  });

  it('stops delivering to an unsubscribed callback and keeps failing deliveries out of publish', async () => {
    const topics = new SnsTopics();
    const arn = topics.createTopic('t');
    const seen: string[] = [];
    const unsubscribe = topics.subscribe(arn, (n) => {
      seen.push(n.Message);
    });
    topics.subscribe(arn, () => {
      throw new Error('mailbox full');
    });
    topics.publish({ TopicArn: arn, Message: 'one' });
    unsubscribe();
    topics.publish({ TopicArn: arn, Message: 'two' });
    await topics.flush();
    expect(seen).toEqual(['one']);
    expect(topics.deliveryFailures().map((f) => [f.notification.Message, f.error])).toEqual([
      ['one', 'mailbox full'],
      ['two', 'mailbox full'],
    ]);
  });

  it('refuses a missing topic with NotFound and a bad message or subject with InvalidParameter', () => {
    const topics = new SnsTopics();
    const arn = topics.createTopic('t');
    const code = (action: () => unknown) => {
      try {
        action();
      } catch (error) {
        return [(error as AwsServiceError).name, (error as AwsServiceError).field];
      }
      return undefined;
    };
    expect(code(() => topics.publish({ TopicArn: `${arn}-missing`, Message: 'm' }))).toEqual([
      'NotFound',
      'TopicArn',
    ]);
    expect(code(() => topics.publish({ TopicArn: arn, Message: '' }))).toEqual([
      'InvalidParameter',
      'Message',
    ]);
    expect(code(() => topics.publish({ TopicArn: arn, Message: 'm', Subject: 'x'.repeat(101) }))).toEqual([
      'InvalidParameter',
      'Subject',
    ]);
    expect(code(() => topics.publish({ TopicArn: arn, Message: 'm', Subject: 'two\nlines' }))).toEqual([
      'InvalidParameter',
      'Subject',
    ]);
  });

  it('keeps only the most recent messages in the outbox', () => {
    const topics = new SnsTopics({ outboxSize: 2 });
    const arn = topics.createTopic('t');
    for (const message of ['a', 'b', 'c']) topics.publish({ TopicArn: arn, Message: message });
    expect(topics.outbox().map((n) => n.Message)).toEqual(['b', 'c']);
  });
});
