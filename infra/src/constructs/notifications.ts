import { Construct } from 'constructs';
import { type AccountContext, arn } from '../account';
import { KmsAlias, KmsKey, SnsTopic, SnsTopicPolicy, SnsTopicSubscription } from '../aws';
import { renderPolicy } from '../iam/policy-document';
import type { ResourceNames } from '../naming';

export interface NotificationsProps {
  readonly names: ResourceNames;
  readonly account: AccountContext;
  readonly prefix: string;
  readonly alertEmails: readonly string[];
  readonly customerEmails: readonly string[];
}

/**
 * The admin alert and customer notification topics. They are encrypted with a customer managed
 * key, not `alias/aws/sns`: CloudWatch alarms and EventBridge can only publish to an encrypted
 * topic whose key policy lets their service principals use the key, and the policy of an AWS
 * managed key cannot be changed.
 */
export class Notifications extends Construct {
  public readonly key: KmsKey;
  public readonly adminTopic: SnsTopic;
  public readonly customerTopic: SnsTopic;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    const { account } = props;
    const root = `arn:${account.partition}:iam::${account.accountId}:root`;
    this.key = new KmsKey(this, 'key', {
      description: `${props.prefix} SNS topic encryption`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: renderPolicy([
        // AWS's default key policy statement: keeps the key manageable and lets IAM grant its use.
        {
          Sid: 'AccountAdministers',
          Effect: 'Allow',
          Principal: { AWS: root },
          Action: 'kms:*',
          Resource: '*',
        },
        {
          Sid: 'AlarmsAndRulesPublishEncrypted',
          Effect: 'Allow',
          Principal: { Service: ['cloudwatch.amazonaws.com', 'events.amazonaws.com'] },
          Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          Resource: '*',
          // Only on behalf of this account's alarms and rules (confused-deputy guard).
          Condition: { StringEquals: { 'aws:SourceAccount': account.accountId } },
        },
      ]),
    });
    new KmsAlias(this, 'alias', { name: `alias/${props.prefix}-sns`, targetKeyId: this.key.keyId });
    this.adminTopic = new SnsTopic(this, 'admin', {
      name: props.names.adminTopic,
      kmsMasterKeyId: this.key.arn,
    });
    this.customerTopic = new SnsTopic(this, 'customer', {
      name: props.names.customerTopic,
      kmsMasterKeyId: this.key.arn,
    });
    new SnsTopicPolicy(this, 'admin-policy', {
      arn: this.adminTopic.arn,
      policy: renderPolicy([
        publishFrom(
          'AlarmsPublish',
          'cloudwatch.amazonaws.com',
          this.adminTopic.arn,
          account,
          arn(account, 'cloudwatch', `alarm:${props.prefix}-*`),
        ),
      ]),
    });
    new SnsTopicPolicy(this, 'customer-policy', {
      arn: this.customerTopic.arn,
      policy: renderPolicy([
        publishFrom(
          'BusRulesPublish',
          'events.amazonaws.com',
          this.customerTopic.arn,
          account,
          arn(account, 'events', `rule/${props.names.eventBus}/*`),
        ),
      ]),
    });
    props.alertEmails.forEach((email, index) => {
      new SnsTopicSubscription(this, `admin-email-${index}`, {
        topicArn: this.adminTopic.arn,
        protocol: 'email',
        endpoint: email,
      });
    });
    props.customerEmails.forEach((email, index) => {
      new SnsTopicSubscription(this, `customer-email-${index}`, {
        topicArn: this.customerTopic.arn,
        protocol: 'email',
        endpoint: email,
      });
    });
  }
}

function publishFrom(
  sid: string,
  service: string,
  topicArn: string,
  account: AccountContext,
  sourceArn: string,
) {
  return {
    Sid: sid,
    Effect: 'Allow' as const,
    Principal: { Service: service },
    Action: 'sns:Publish',
    Resource: topicArn,
    Condition: {
      StringEquals: { 'aws:SourceAccount': account.accountId },
      ArnLike: { 'aws:SourceArn': sourceArn },
    },
  };
}
