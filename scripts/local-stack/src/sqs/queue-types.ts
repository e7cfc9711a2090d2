/** Request and response shapes of the local queue, as the SQS API names them. */

/** A message attribute as SendMessage takes it (`DataType` String | Number | Binary). */
export interface MessageAttributeValue {
  readonly DataType: string;
  readonly StringValue?: string;
}

export interface SendMessageRequest {
  readonly MessageBody: string;
  /** 0-900 seconds. @default the queue's delay */
  readonly DelaySeconds?: number;
  readonly MessageAttributes?: Readonly<Record<string, MessageAttributeValue>>;
}

export interface SendMessageResult {
  readonly MessageId: string;
  readonly MD5OfMessageBody: string;
}

export interface ReceiveMessageRequest {
  /** 1-10. @default 1 */
  readonly MaxNumberOfMessages?: number;
  /** 0-43200 seconds. @default the queue's visibility timeout */
  readonly VisibilityTimeout?: number;
}

/** A received message, with the attributes SQS returns for `AttributeNames: ['All']`. */
export interface ReceivedMessage {
  readonly MessageId: string;
  readonly ReceiptHandle: string;
  readonly MD5OfBody: string;
  readonly Body: string;
  readonly Attributes: {
    readonly ApproximateReceiveCount: string;
    readonly SentTimestamp: string;
    readonly ApproximateFirstReceiveTimestamp: string;
  };
  readonly MessageAttributes?: Readonly<Record<string, MessageAttributeValue>>;
}

/** Approximate counts as GetQueueAttributes reports them. */
export interface QueueDepth {
  /** ApproximateNumberOfMessages: receivable now. */
  readonly visible: number;
  /** ApproximateNumberOfMessagesDelayed: sent with a delay that has not elapsed. */
  readonly delayed: number;
  /** ApproximateNumberOfMessagesNotVisible: received, neither deleted nor visible again. */
  readonly inFlight: number;
}
