import { createHash, randomUUID } from 'node:crypto';
import { AwsServiceError } from '../errors';
import { jsonClone } from '../json';
import { type AwsLocation, LOCAL_LOCATION, queueArn, queueUrl } from '../local-aws';
import { requireIntegerIn, requireMessageBody, SQS_LIMITS } from './message-validation';
import { emptySnapshot, type QueueSnapshot, type StoredMessage } from './queue-snapshot';
import type {
  QueueDepth,
  ReceivedMessage,
  ReceiveMessageRequest,
  SendMessageRequest,
  SendMessageResult,
} from './queue-types';
import { issueReceiptHandle, messageIdOfReceiptHandle } from './receipt-handle';

export interface RedrivePolicy {
  readonly deadLetterQueue: LocalQueue;
  /** Receives after which the next receive moves the message to the dead-letter queue (1-1000). */
  readonly maxReceiveCount: number;
}

export interface QueueOptions {
  /** @default 30 */
  readonly visibilityTimeoutSeconds?: number;
  /** @default 0 */
  readonly delaySeconds?: number;
  readonly redrive?: RedrivePolicy;
  /** Milliseconds since the epoch. @default Date.now */
  readonly clock?: () => number;
  readonly location?: AwsLocation;
}

const md5 = (text: string): string => createHash('md5').update(text, 'utf8').digest('hex');

/**
 * An in-memory standard SQS queue: delays, visibility timeouts, receive counts, receipt handles and
 * redrive to a dead-letter queue, following the SQS API's request and response shapes.
 */
export class LocalQueue {
  readonly url: string;
  readonly arn: string;
  private readonly visibilityTimeoutSeconds: number;
  private readonly delaySeconds: number;
  private readonly clock: () => number;
  private state: QueueSnapshot = emptySnapshot();

  constructor(
    readonly name: string,
    private readonly options: QueueOptions = {},
  ) {
    const location = options.location ?? LOCAL_LOCATION;
    this.url = queueUrl(name, location);
    this.arn = queueArn(name, location);
    this.clock = options.clock ?? Date.now;
    this.visibilityTimeoutSeconds = requireIntegerIn(
      'VisibilityTimeout',
      options.visibilityTimeoutSeconds ?? 30,
      0,
      SQS_LIMITS.maxVisibilityTimeoutSeconds,
    );
    this.delaySeconds = requireIntegerIn(
      'DelaySeconds',
      options.delaySeconds ?? 0,
      0,
      SQS_LIMITS.maxDelaySeconds,
    );
    if (options.redrive) {
      requireIntegerIn('maxReceiveCount', options.redrive.maxReceiveCount, 1, SQS_LIMITS.maxReceiveCount);
    }
  }

  /** SendMessage: the message becomes receivable after `DelaySeconds`. */
  sendMessage(request: SendMessageRequest): SendMessageResult {
    const body = requireMessageBody(request.MessageBody);
    const delay = requireIntegerIn(
      'DelaySeconds',
      request.DelaySeconds ?? this.delaySeconds,
      0,
      SQS_LIMITS.maxDelaySeconds,
    );
    const now = this.clock();
    const message: StoredMessage = {
      messageId: randomUUID(),
      body,
      md5OfBody: md5(body),
      messageAttributes: request.MessageAttributes ? jsonClone(request.MessageAttributes) : undefined,
      sentTimestamp: now,
      visibleAt: now + delay * 1000,
      receiveCount: 0,
      sequence: this.state.nextSequence++,
    };
    this.state.messages.push(message);
    return { MessageId: message.messageId, MD5OfMessageBody: message.md5OfBody };
  }

  /** Moves a message here from a source queue (redrive), keeping its id, body and receive count. */
  acceptRedriven(message: StoredMessage): void {
    const { receiptHandle: _dropped, ...rest } = message;
    this.state.messages.push({ ...rest, visibleAt: this.clock(), sequence: this.state.nextSequence++ });
  }

  /** ReceiveMessage (short polling): up to N visible messages, each hidden for the visibility timeout. */
  receiveMessage(request: ReceiveMessageRequest = {}): { Messages: ReceivedMessage[] } {
    const max = requireIntegerIn(
      'MaxNumberOfMessages',
      request.MaxNumberOfMessages ?? 1,
      1,
      SQS_LIMITS.maxReceiveBatch,
    );
    const timeout = requireIntegerIn(
      'VisibilityTimeout',
      request.VisibilityTimeout ?? this.visibilityTimeoutSeconds,
      0,
      SQS_LIMITS.maxVisibilityTimeoutSeconds,
    );
    const now = this.clock();
    const received: ReceivedMessage[] = [];
    const candidates = this.state.messages
      .filter((m) => m.visibleAt <= now)
      .sort((a, b) => a.sequence - b.sequence);
    for (const message of candidates) {
      if (received.length === max) break;
      const redrive = this.options.redrive;
      if (redrive && message.receiveCount >= redrive.maxReceiveCount) {
        this.remove(message);
        redrive.deadLetterQueue.acceptRedriven(message);
        continue;
      }
      message.receiveCount += 1;
      message.firstReceiveTimestamp ??= now;
      message.visibleAt = now + timeout * 1000;
      message.receiptHandle = issueReceiptHandle(message.messageId);
      received.push({
        MessageId: message.messageId,
        ReceiptHandle: message.receiptHandle,
        MD5OfBody: message.md5OfBody,
        Body: message.body,
        Attributes: {
          ApproximateReceiveCount: String(message.receiveCount),
          SentTimestamp: String(message.sentTimestamp),
          ApproximateFirstReceiveTimestamp: String(message.firstReceiveTimestamp),
        },
        ...(message.messageAttributes ? { MessageAttributes: jsonClone(message.messageAttributes) } : {}),
      });
    }
    return { Messages: received };
  }

  /**
   * DeleteMessage. As on SQS, a handle from an earlier receive of a message received again since
   * succeeds without deleting it, and deleting an already deleted message succeeds.
   */
  deleteMessage(request: { readonly ReceiptHandle: string }): void {
    const message = this.messageForHandle(request.ReceiptHandle);
    if (message && message.receiptHandle === request.ReceiptHandle) this.remove(message);
  }

  /** ChangeMessageVisibility of an in-flight message (0 makes it receivable at once). */
  changeMessageVisibility(request: {
    readonly ReceiptHandle: string;
    readonly VisibilityTimeout: number;
  }): void {
    const timeout = requireIntegerIn(
      'VisibilityTimeout',
      request.VisibilityTimeout,
      0,
      SQS_LIMITS.maxVisibilityTimeoutSeconds,
    );
    const message = this.messageForHandle(request.ReceiptHandle);
    const now = this.clock();
    if (!message || message.receiptHandle !== request.ReceiptHandle || message.visibleAt <= now) {
      throw new AwsServiceError(
        'SQS',
        'MessageNotInflight',
        'The message referred to is not in flight.',
        'ReceiptHandle',
      );
    }
    message.visibleAt = now + timeout * 1000;
  }

  /** Counts of visible, delayed and in-flight messages now. */
  depth(): QueueDepth {
    const now = this.clock();
    let visible = 0;
    let delayed = 0;
    let inFlight = 0;
    for (const message of this.state.messages) {
      if (message.visibleAt <= now) visible += 1;
      else if (message.receiveCount === 0) delayed += 1;
      else inFlight += 1;
    }
    return { visible, delayed, inFlight };
  }

  /** When the next hidden message becomes receivable (ms since epoch), if any is hidden. */
  nextVisibleAt(): number | undefined {
    const now = this.clock();
    const hidden = this.state.messages.filter((m) => m.visibleAt > now).map((m) => m.visibleAt);
    return hidden.length > 0 ? Math.min(...hidden) : undefined;
  }

  /** PurgeQueue: drops every message. */
  purge(): void {
    this.state = { ...emptySnapshot(), nextSequence: this.state.nextSequence };
  }

  /** The queue's messages (with their latest receipt handles) as plain JSON, for persistence. */
  snapshot(): QueueSnapshot {
    return jsonClone(this.state);
  }

  /** Replaces the queue's content with a snapshot taken by {@link snapshot}. */
  restore(snapshot: QueueSnapshot): void {
    this.state = jsonClone(snapshot);
  }

  private messageForHandle(handle: string): StoredMessage | undefined {
    const messageId = messageIdOfReceiptHandle(handle);
    return this.state.messages.find((m) => m.messageId === messageId);
  }

  private remove(message: StoredMessage): void {
    this.state.messages = this.state.messages.filter((m) => m !== message);
  }
}
