import { NOTIFICATION_FEED, type NotificationRecord, notificationSortKey, validate } from '@unstoppable/core';
import * as z from 'zod';
import { InvalidNotificationError } from './errors';

/** The fields of an SNS Lambda record the recorder uses (SNS adds others, which are ignored). */
const snsRecordSchema = z.object({
  Sns: z.object({
    MessageId: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }).max(256),
    TopicArn: z
      .string({ error: 'must be a string' })
      .regex(/^arn:[\w-]+:sns:[\w-]*:\d*:[\w.-]{1,256}$/, { error: 'must be an SNS topic ARN' }),
    Subject: z.string({ error: 'must be a string or null' }).nullish(),
    Message: z.string({ error: 'must be a string' }),
    Timestamp: z.iso.datetime({ error: 'must be an ISO 8601 UTC timestamp' }),
  }),
});

/** The topic name of a topic ARN: `arn:aws:sns:eu-west-1:123:up-dev-admin-alerts` -> `up-dev-admin-alerts`. */
export function topicNameOf(topicArn: string): string {
  return topicArn.slice(topicArn.lastIndexOf(':') + 1);
}

/**
 * Builds the stored notification of one SNS record; expiry counts from the publication time so a
 * redelivered message overwrites its own record with identical content.
 */
export function toNotificationRecord(record: unknown, ttlSeconds: number): NotificationRecord {
  const result = validate(snsRecordSchema, record);
  if (!result.ok) throw new InvalidNotificationError(result.errors);
  const { MessageId, TopicArn, Subject, Message, Timestamp } = result.value.Sns;
  const published = new Date(Timestamp);
  const timestamp = published.toISOString();
  return {
    feed: NOTIFICATION_FEED,
    sk: notificationSortKey(timestamp, MessageId),
    topic: topicNameOf(TopicArn),
    ...(Subject ? { subject: Subject } : {}),
    message: Message,
    messageId: MessageId,
    timestamp,
    expiresAt: Math.floor(published.getTime() / 1000) + ttlSeconds,
  };
}
