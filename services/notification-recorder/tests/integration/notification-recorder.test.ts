import { NOTIFICATION_FEED, tableName } from '@unstoppable/core';
import { lambdaContext, startTestDynamo, type TestDynamo } from '@unstoppable/test-support';
import type { SNSEvent, SNSEventRecord } from 'aws-lambda';
import {
  createNotificationRecorder,
  type NotificationRecorder,
  NotificationsNotRecordedError,
} from '../../src';

const PREFIX = 'nr-test';
const TABLE = tableName(PREFIX, 'notifications');
const TTL = 3600;

const snsRecord = (overrides: Partial<SNSEventRecord['Sns']> = {}): SNSEventRecord => ({
  EventVersion: '1.0',
  EventSubscriptionArn: 'arn:aws:sns:us-east-1:000000000000:nr-test-admin-alerts:sub-1',
  EventSource: 'aws:sns',
  Sns: {
    SignatureVersion: '1',
    Timestamp: '2026-11-28T10:00:00.000Z',
    Signature: 'sig',
    SigningCertUrl: 'cert',
    MessageId: 'msg-1',
    Message: 'Circuit payment-gateway opened (trip 7c1e)',
    MessageAttributes: {},
    Type: 'Notification',
    UnsubscribeUrl: 'unsubscribe',
    TopicArn: 'arn:aws:sns:us-east-1:000000000000:nr-test-admin-alerts',
    Subject: 'Circuit open',
    ...overrides,
  },
});
const event = (...records: SNSEventRecord[]): SNSEvent => ({ Records: records });

describe('notification recorder', () => {
  let dynamo: TestDynamo;
  let recorder: NotificationRecorder;
  const context = lambdaContext('nr-test-notification-recorder');

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    recorder = createNotificationRecorder(
      { region: 'us-east-1', notificationsTable: TABLE, ttlSeconds: TTL },
      { dynamoDb: dynamo.client },
    );
  });
  afterAll(() => dynamo.end());
  beforeEach(() => {
    jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterEach(() => jest.restoreAllMocks());

  it('records a message with its topic name, subject and a TTL counted from publication', async () => {
    await expect(recorder.handle(event(snsRecord()), context)).resolves.toEqual({ recorded: 1 });
    const items = await dynamo.scan(TABLE);
    expect(items).toEqual([
      {
        feed: NOTIFICATION_FEED,
        sk: '2026-11-28T10:00:00.000Z#msg-1',
        topic: 'nr-test-admin-alerts',
        subject: 'Circuit open',
        message: 'Circuit payment-gateway opened (trip 7c1e)',
        messageId: 'msg-1',
        timestamp: '2026-11-28T10:00:00.000Z',
        expiresAt: Date.parse('2026-11-28T10:00:00.000Z') / 1000 + TTL,
      },
    ]);
  });

  it('rewrites the same item when SNS delivers a message twice', async () => {
    await recorder.handle(event(snsRecord()), context);
    await recorder.handle(event(snsRecord()), context);
    expect((await dynamo.scan(TABLE)).filter((item) => item.messageId === 'msg-1')).toHaveLength(1);
  });

  it('records messages without a subject (customer e-mails from EventBridge)', async () => {
    await recorder.handle(
      event(
        snsRecord({
          MessageId: 'msg-2',
          Subject: null as unknown as string,
          TopicArn: 'arn:aws:sns:us-east-1:000000000000:nr-test-customer-notifications',
          Message: JSON.stringify({ orderId: 'order-0001', status: 'COMPLETED' }),
          Timestamp: '2026-11-28T10:00:01.000Z',
        }),
      ),
      context,
    );
    const item = (await dynamo.scan(TABLE)).find((stored) => stored.messageId === 'msg-2');
    expect(item).toMatchObject({
      topic: 'nr-test-customer-notifications',
      timestamp: '2026-11-28T10:00:01.000Z',
    });
    expect(item).not.toHaveProperty('subject');
  });

  it('stores every valid record and then fails, naming the records it could not store', async () => {
    const before = (await dynamo.scan(TABLE)).length;
    const invalid = snsRecord({ MessageId: 'msg-bad', TopicArn: 'not-an-arn' });
    const valid = snsRecord({ MessageId: 'msg-3', Timestamp: '2026-11-28T10:00:02.000Z' });
    const error = await recorder.handle(event(invalid, valid), context).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotificationsNotRecordedError);
    expect((error as NotificationsNotRecordedError).failedMessageIds).toEqual(['msg-bad']);
    const items = await dynamo.scan(TABLE);
    expect(items).toHaveLength(before + 1);
    expect(items.some((item) => item.messageId === 'msg-bad')).toBe(false);
  });

  it('fails when the table cannot be written', async () => {
    const broken = createNotificationRecorder(
      { region: 'us-east-1', notificationsTable: 'no-such-table', ttlSeconds: TTL },
      { dynamoDb: dynamo.client },
    );
    await expect(broken.handle(event(snsRecord({ MessageId: 'msg-4' })), context)).rejects.toThrow(
      NotificationsNotRecordedError,
    );
  });
});
