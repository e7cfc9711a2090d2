import {
  DynamodbTable,
  LambdaFunctionEventInvokeConfig,
  LambdaPermission,
  SnsTopic,
  SnsTopicSubscription,
} from '../../../src/aws';
import { NotificationFeed } from '../../../src/constructs/notification-feed';
import { findResource, fixtureServicesDir, functionDefaults, synth } from '../../support/fixtures';

const build = () =>
  synth((scope) => {
    new NotificationFeed(scope, 'feed', {
      notificationsTable: new DynamodbTable(scope, 'notifications', {
        name: 'up-dev-notifications',
        hashKey: 'feed',
        attribute: [{ name: 'feed', type: 'S' }],
      }),
      topics: {
        admin: new SnsTopic(scope, 'admin', { name: 'up-dev-admin-alerts' }),
        customer: new SnsTopic(scope, 'customer', { name: 'up-dev-customer-notifications' }),
      },
      recorder: { memoryMb: 256, timeoutSeconds: 10 },
      defaults: functionDefaults(fixtureServicesDir()),
    });
  });

describe('NotificationFeed', () => {
  it('subscribes the recorder to every topic, each invocation allowed from that topic only', () => {
    const { json, stack } = build();
    const recorder = findResource(stack, 'aws_lambda_function', {
      function_name: 'up-dev-notification-recorder',
    });
    for (const name of ['up-dev-admin-alerts', 'up-dev-customer-notifications']) {
      const topic = findResource(stack, 'aws_sns_topic', { name });
      expect(json).toHaveResourceWithProperties(SnsTopicSubscription, {
        topic_arn: topic.ref('arn'),
        protocol: 'lambda',
        endpoint: recorder.ref('arn'),
      });
      expect(json).toHaveResourceWithProperties(LambdaPermission, {
        principal: 'sns.amazonaws.com',
        source_arn: topic.ref('arn'),
        function_name: recorder.ref('function_name'),
      });
    }
  });

  it('writes to the notifications table only, and parks what it cannot record in an encrypted queue', () => {
    const { json, stack } = build();
    const table = findResource(stack, 'aws_dynamodb_table', { name: 'up-dev-notifications' });
    const queue = findResource(stack, 'aws_sqs_queue', { name: 'up-dev-notification-recorder-failures' });
    expect(queue.body.sqs_managed_sse_enabled).toBe(true);
    expect(json).toHaveResourceWithProperties(LambdaFunctionEventInvokeConfig, {
      destination_config: { on_failure: { destination: queue.ref('arn') } },
    });
    const role = findResource(stack, 'aws_iam_role', { name: 'up-dev-notification-recorder-role' });
    const policy = JSON.parse(
      String(findResource(stack, 'aws_iam_role_policy', { role: role.ref('id') }).body.policy),
    );
    expect(policy.Statement.slice(2)).toEqual([
      {
        Sid: 'RecordNotification',
        Effect: 'Allow',
        Action: ['dynamodb:PutItem'],
        Resource: [table.ref('arn')],
      },
      {
        Sid: 'OnFailureDestination',
        Effect: 'Allow',
        Action: ['sqs:SendMessage'],
        Resource: [queue.ref('arn')],
      },
    ]);
    const recorder = findResource(stack, 'aws_lambda_function', {
      function_name: 'up-dev-notification-recorder',
    });
    expect(
      (recorder.body.environment as { variables: Record<string, string> }).variables.NOTIFICATIONS_TABLE,
    ).toBe(table.ref('name'));
  });
});
