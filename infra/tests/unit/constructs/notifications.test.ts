import { KmsKey, SnsTopic, SnsTopicSubscription } from '../../../src/aws';
import { Notifications } from '../../../src/constructs/notifications';
import { resourceNames } from '../../../src/naming';
import { findResource, resourcesOf, synth } from '../../support/fixtures';

const build = () =>
  synth(
    (scope, account) =>
      new Notifications(scope, 'notifications', {
        names: resourceNames('up-dev'),
        account,
        prefix: 'up-dev',
        alertEmails: ['oncall@example.com', 'lead@example.com'],
        customerEmails: ['demo-inbox@example.com'],
      }),
  );

describe('Notifications', () => {
  it('encrypts both topics with the rotating customer managed key', () => {
    const { json, stack } = build();
    const key = findResource(stack, 'aws_kms_key', {});
    expect(json).toHaveResourceWithProperties(KmsKey, { enable_key_rotation: true });
    expect(json).toHaveResourceWithProperties(SnsTopic, {
      name: 'up-dev-admin-alerts',
      kms_master_key_id: key.ref('arn'),
    });
    expect(json).toHaveResourceWithProperties(SnsTopic, {
      name: 'up-dev-customer-notifications',
      kms_master_key_id: key.ref('arn'),
    });
  });

  it('lets CloudWatch alarms and EventBridge use the key, which an AWS managed key cannot allow', () => {
    const key = findResource(build().stack, 'aws_kms_key', {});
    const statements = JSON.parse(String(key.body.policy)).Statement as {
      Principal: { Service?: string[] };
      Action: string[];
    }[];
    const services = statements.find((statement) => statement.Principal.Service);
    expect(services?.Principal.Service).toEqual(['cloudwatch.amazonaws.com', 'events.amazonaws.com']);
    expect(services?.Action).toEqual(['kms:Decrypt', 'kms:GenerateDataKey*']);
    expect(services).toMatchObject({
      Condition: {
        StringEquals: { 'aws:SourceAccount': expect.stringMatching(/data\.aws_caller_identity/) },
      },
    });
  });

  it('subscribes every configured email to its topic', () => {
    const { json, stack } = build();
    const admin = findResource(stack, 'aws_sns_topic', { name: 'up-dev-admin-alerts' });
    const customer = findResource(stack, 'aws_sns_topic', { name: 'up-dev-customer-notifications' });
    expect(Object.keys(resourcesOf(stack, 'aws_sns_topic_subscription'))).toHaveLength(3);
    for (const endpoint of ['oncall@example.com', 'lead@example.com']) {
      expect(json).toHaveResourceWithProperties(SnsTopicSubscription, {
        topic_arn: admin.ref('arn'),
        protocol: 'email',
        endpoint,
      });
    }
    expect(json).toHaveResourceWithProperties(SnsTopicSubscription, {
      topic_arn: customer.ref('arn'),
      endpoint: 'demo-inbox@example.com',
    });
  });

  it('admits publishers to the topics only from this account: alarms to admin, bus rules to customer', () => {
    const { stack } = build();
    const policyOfTopic = (name: string) => {
      const topic = findResource(stack, 'aws_sns_topic', { name });
      const policy = findResource(stack, 'aws_sns_topic_policy', { arn: topic.ref('arn') });
      const statements = JSON.parse(String(policy.body.policy)).Statement as {
        Principal: { Service: string };
        Action: string;
        Resource: string;
        Condition: { StringEquals: Record<string, string>; ArnLike: Record<string, string> };
      }[];
      for (const statement of statements) {
        expect(statement.Action).toBe('sns:Publish');
        expect(statement.Resource).toBe(topic.ref('arn'));
        expect(statement.Condition.StringEquals['aws:SourceAccount']).toMatch(/data\.aws_caller_identity/);
      }
      return statements.map((s) => [s.Principal.Service, s.Condition.ArnLike['aws:SourceArn']]);
    };
    expect(policyOfTopic('up-dev-admin-alerts')).toEqual([
      ['cloudwatch.amazonaws.com', expect.stringMatching(/:alarm:up-dev-\*$/)],
    ]);
    expect(policyOfTopic('up-dev-customer-notifications')).toEqual([
      ['events.amazonaws.com', expect.stringMatching(/:rule\/up-dev-events\/\*$/)],
    ]);
  });
});
