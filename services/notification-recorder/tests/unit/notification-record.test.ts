import { ConfigError } from '@unstoppable/core';
import { InvalidNotificationError, loadConfig, toNotificationRecord, topicNameOf } from '../../src';

const record = (sns: Record<string, unknown>) => ({
  Sns: {
    MessageId: 'm-1',
    TopicArn: 'arn:aws:sns:eu-west-1:123456789012:up-dev-admin-alerts',
    Subject: 'hello',
    Message: 'body',
    Timestamp: '2026-11-28T10:00:00Z',
    ...sns,
  },
});

describe('toNotificationRecord', () => {
  it('normalises the timestamp so sort keys compare as times', () => {
    expect(toNotificationRecord(record({}), 60)).toMatchObject({
      timestamp: '2026-11-28T10:00:00.000Z',
      sk: '2026-11-28T10:00:00.000Z#m-1',
      expiresAt: Date.parse('2026-11-28T10:00:00Z') / 1000 + 60,
    });
  });

  it.each([
    ['Sns.TopicArn', { TopicArn: 'arn:aws:sqs:eu-west-1:1:q' }],
    ['Sns.MessageId', { MessageId: '' }],
    ['Sns.Message', { Message: 42 }],
    ['Sns.Timestamp', { Timestamp: 'yesterday' }],
  ])('refuses a record with a bad %s', (field, change) => {
    try {
      toNotificationRecord(record(change), 60);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidNotificationError);
      expect((error as InvalidNotificationError).errors.map((e) => e.field)).toContain(field);
    }
  });
});

describe('topicNameOf', () => {
  it('takes the last part of the ARN', () => {
    expect(topicNameOf('arn:aws:sns:eu-west-1:123456789012:up-dev-admin-alerts')).toBe('up-dev-admin-alerts');
  });
});

describe('loadConfig', () => {
  it('keeps notifications for 7 days by default', () => {
    expect(loadConfig({ NOTIFICATIONS_TABLE: 't' })).toEqual({
      region: 'us-east-1',
      dynamoDbEndpoint: undefined,
      notificationsTable: 't',
      ttlSeconds: 604_800,
    });
  });

  it.each([
    ['NOTIFICATIONS_TABLE', {}],
    ['NOTIFICATION_TTL_SECONDS', { NOTIFICATIONS_TABLE: 't', NOTIFICATION_TTL_SECONDS: '10' }],
  ])('names %s when it is missing or out of range', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}:`));
  });
});
