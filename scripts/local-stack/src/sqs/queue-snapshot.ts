import type { MessageAttributeValue } from './queue-types';

/** A message as the queue stores it; plain JSON so a queue can be persisted. */
export interface StoredMessage {
  readonly messageId: string;
  readonly body: string;
  readonly md5OfBody: string;
  readonly messageAttributes?: Record<string, MessageAttributeValue>;
  /** ms since epoch. */
  readonly sentTimestamp: number;
  /** ms since epoch when the message is (again) receivable. */
  visibleAt: number;
  receiveCount: number;
  firstReceiveTimestamp?: number;
  /** The handle of the latest receive; only it deletes or changes visibility. */
  receiptHandle?: string;
  /** Send order, used to hand out visible messages oldest first. */
  readonly sequence: number;
}

/** A queue's whole content as plain JSON. */
export interface QueueSnapshot {
  messages: StoredMessage[];
  nextSequence: number;
}

export function emptySnapshot(): QueueSnapshot {
  return { messages: [], nextSequence: 0 };
}
