import { Construct } from 'constructs';
import type { AccountContext } from '../account';
import type { StackConfig } from '../config';
import type { ResourceNames } from '../naming';
import { EventRouting } from './event-routing';
import { Notifications } from './notifications';
import { RetryQueue } from './retry-queue';

export interface MessagingProps {
  readonly names: ResourceNames;
  readonly account: AccountContext;
  readonly config: Pick<
    StackConfig,
    'prefix' | 'alertEmails' | 'customerEmails' | 'retryQueue' | 'functions'
  >;
}

/** Queues, topics and the event bus: everything that carries messages between the parts. */
export class Messaging extends Construct {
  public readonly retry: RetryQueue;
  public readonly notifications: Notifications;
  public readonly events: EventRouting;

  constructor(scope: Construct, id: string, props: MessagingProps) {
    super(scope, id);
    const { config, names } = props;
    this.retry = new RetryQueue(this, 'retry', {
      names,
      maxReceiveCount: config.retryQueue.maxReceiveCount,
      consumerTimeoutSeconds: config.functions['retry-handler'].timeoutSeconds,
    });
    this.notifications = new Notifications(this, 'notifications', {
      names,
      account: props.account,
      prefix: config.prefix,
      alertEmails: config.alertEmails,
      customerEmails: config.customerEmails,
    });
    this.events = new EventRouting(this, 'events', {
      names,
      customerTopicArn: this.notifications.customerTopic.arn,
    });
  }
}
