import { randomUUID } from 'node:crypto';
import { AwsServiceError } from '../errors';
import { jsonClone } from '../json';
import { type AwsLocation, LOCAL_LOCATION, topicArn } from '../local-aws';

export interface PublishRequest {
  readonly TopicArn: string;
  readonly Message: string;
  /** At most 100 printable ASCII characters, no line breaks. */
  readonly Subject?: string;
  readonly MessageAttributes?: Readonly<
    Record<string, { readonly DataType: string; readonly StringValue?: string }>
  >;
}

/** A published message as a subscriber receives it (the SNS notification envelope, unsigned). */
export interface SnsNotification {
  readonly Type: 'Notification';
  readonly MessageId: string;
  readonly TopicArn: string;
  readonly Subject?: string;
  readonly Message: string;
  /** ISO-8601. */
  readonly Timestamp: string;
  readonly MessageAttributes?: PublishRequest['MessageAttributes'];
}

/** A subscriber: an email inbox, a Lambda, a test probe. Delivery is asynchronous, as on SNS. */
export type SnsSubscriber = (notification: SnsNotification) => void | Promise<void>;

/** A delivery that threw; kept so a test or the dashboard can show it (SNS would retry, then drop). */
export interface DeliveryFailure {
  readonly notification: SnsNotification;
  readonly error: string;
}

export interface TopicsOptions {
  /** How many recent messages the outbox keeps. @default 1000 */
  readonly outboxSize?: number;
  readonly clock?: () => number;
  readonly location?: AwsLocation;
}

const SUBJECT = /^[\x20-\x7E]{1,100}$/;
const MAX_MESSAGE_BYTES = 262_144;

/**
 * In-process SNS: topics, callback subscribers and an outbox of recent messages (what the admins
 * and customers would have received by email).
 */
export class SnsTopics {
  private readonly subscribers = new Map<string, Set<SnsSubscriber>>();
  private readonly sent: SnsNotification[] = [];
  private readonly failures: DeliveryFailure[] = [];
  private readonly pending = new Set<Promise<void>>();
  private readonly outboxSize: number;
  private readonly clock: () => number;

  constructor(private readonly options: TopicsOptions = {}) {
    this.outboxSize = options.outboxSize ?? 1000;
    this.clock = options.clock ?? Date.now;
  }

  /** CreateTopic (idempotent, as on SNS); returns the topic ARN. */
  createTopic(name: string): string {
    if (!/^[A-Za-z0-9_-]{1,256}$/.test(name)) {
      throw new AwsServiceError('SNS', 'InvalidParameter', `Invalid parameter: Topic Name "${name}"`, 'Name');
    }
    const arn = topicArn(name, this.options.location ?? LOCAL_LOCATION);
    if (!this.subscribers.has(arn)) this.subscribers.set(arn, new Set());
    return arn;
  }

  /** True when a topic with this ARN exists. */
  hasTopic(arn: string): boolean {
    return this.subscribers.has(arn);
  }

  /** Adds a subscriber; returns a function that unsubscribes it. */
  subscribe(arn: string, subscriber: SnsSubscriber): () => void {
    const set = this.topic(arn);
    set.add(subscriber);
    return () => set.delete(subscriber);
  }

  /** Publish: records the message in the outbox and delivers it to every subscriber asynchronously. */
  publish(request: PublishRequest): { MessageId: string } {
    const subscribers = this.topic(request.TopicArn);
    if (typeof request.Message !== 'string' || request.Message.length === 0) {
      throw new AwsServiceError('SNS', 'InvalidParameter', 'Invalid parameter: Empty message', 'Message');
    }
    if (Buffer.byteLength(request.Message, 'utf8') > MAX_MESSAGE_BYTES) {
      throw new AwsServiceError('SNS', 'InvalidParameter', 'Invalid parameter: Message too long', 'Message');
    }
    if (request.Subject !== undefined && !SUBJECT.test(request.Subject)) {
      throw new AwsServiceError(
        'SNS',
        'InvalidParameter',
        'Invalid parameter: Subject must be 1-100 printable ASCII characters without line breaks',
        'Subject',
      );
    }
    const notification: SnsNotification = {
      Type: 'Notification',
      MessageId: randomUUID(),
      TopicArn: request.TopicArn,
      ...(request.Subject !== undefined ? { Subject: request.Subject } : {}),
      Message: request.Message,
      Timestamp: new Date(this.clock()).toISOString(),
      ...(request.MessageAttributes ? { MessageAttributes: jsonClone(request.MessageAttributes) } : {}),
    };
    this.sent.push(notification);
    if (this.sent.length > this.outboxSize) this.sent.splice(0, this.sent.length - this.outboxSize);
    for (const subscriber of subscribers) this.deliver(subscriber, notification);
    return { MessageId: notification.MessageId };
  }

  /** Recent messages, oldest first, optionally of one topic. */
  outbox(arn?: string): readonly SnsNotification[] {
    return arn === undefined ? [...this.sent] : this.sent.filter((n) => n.TopicArn === arn);
  }

  /** Deliveries whose subscriber threw. */
  deliveryFailures(): readonly DeliveryFailure[] {
    return [...this.failures];
  }

  /** Resolves once every delivery started so far has finished. */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private deliver(subscriber: SnsSubscriber, notification: SnsNotification): void {
    const delivery = Promise.resolve()
      .then(() => subscriber(jsonClone(notification)))
      .catch((error: unknown) => {
        this.failures.push({ notification, error: error instanceof Error ? error.message : String(error) });
      })
      .finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  private topic(arn: string): Set<SnsSubscriber> {
    const set = this.subscribers.get(arn);
    if (!set) throw new AwsServiceError('SNS', 'NotFound', `Topic does not exist: ${arn}`, 'TopicArn');
    return set;
  }
}
