import type { NOTIFICATION_FEED } from './tables';

/** One SNS message as the notification recorder stores it (attribute names: `NOTIFICATION_ATTRIBUTES`). */
export interface NotificationRecord {
  readonly feed: typeof NOTIFICATION_FEED;
  /** `notificationSortKey(timestamp, messageId)`. */
  readonly sk: string;
  /** Topic name (the last part of the topic ARN), e.g. `up-dev-admin-alerts`. */
  readonly topic: string;
  readonly subject?: string;
  readonly message: string;
  readonly messageId: string;
  /** When SNS published the message (ISO 8601, UTC). */
  readonly timestamp: string;
  /** Epoch seconds after which DynamoDB TTL deletes the record. */
  readonly expiresAt: number;
}

/**
 * Sort key of a notification: ISO time first so the feed sorts by time, then the message id so
 * two messages of the same millisecond stay distinct and a redelivered message overwrites itself.
 *
 * @example
 * notificationSortKey('2026-11-28T10:00:00.000Z', 'b7c1') // '2026-11-28T10:00:00.000Z#b7c1'
 */
export function notificationSortKey(timestamp: string, messageId: string): string {
  return `${timestamp}#${messageId}`;
}
