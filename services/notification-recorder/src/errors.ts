import type { FieldError } from '@unstoppable/core';

/** Base of the errors the notification recorder raises. */
export abstract class NotificationRecorderError extends Error {
  abstract override readonly name: string;
}

/** An SNS record lacks what a notification needs; the message names the fields. */
export class InvalidNotificationError extends NotificationRecorderError {
  override readonly name = 'InvalidNotificationError';
  constructor(readonly errors: readonly FieldError[]) {
    super(`invalid SNS record: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`);
  }
}

/** Some records of an event were not stored; thrown after all were tried so Lambda retries the event. */
export class NotificationsNotRecordedError extends NotificationRecorderError {
  override readonly name = 'NotificationsNotRecordedError';
  constructor(readonly failedMessageIds: readonly string[]) {
    super(`${failedMessageIds.length} notification(s) not recorded: ${failedMessageIds.join(', ')}`);
  }
}
