import {
  CloudwatchLogGroup,
  CloudwatchLogSubscriptionFilter,
  LambdaFunctionEventInvokeConfig,
  LambdaPermission,
  SecretsmanagerSecret,
} from '../../../src/aws';
import { Observability } from '../../../src/constructs/observability';
import {
  findResource,
  fixtureServicesDir,
  functionDefaults,
  resourcesOf,
  synth,
} from '../../support/fixtures';

const build = () =>
  synth((scope, account) => {
    const worker = new CloudwatchLogGroup(scope, 'worker-logs', {
      name: '/aws/lambda/up-dev-order-processor',
    });
    const workflow = new CloudwatchLogGroup(scope, 'workflow-logs', {
      name: '/aws/vendedlogs/states/up-dev-order-workflow',
    });
    new Observability(scope, 'observability', {
      account,
      prefix: 'up-dev',
      lokiSecretName: 'unstoppable-payments/dev/loki',
      secretRecoveryDays: 0,
      forwarder: { memoryMb: 256, timeoutSeconds: 60 },
      defaults: functionDefaults(fixtureServicesDir()),
      logGroups: { 'order-processor': worker, 'order-workflow': workflow },
    });
  });

describe('Observability', () => {
  it('declares the Loki secret without any value', () => {
    const { json, stack } = build();
    expect(json).toHaveResourceWithProperties(SecretsmanagerSecret, {
      name: 'unstoppable-payments/dev/loki',
    });
    expect(resourcesOf(stack, 'aws_secretsmanager_secret_version')).toEqual({});
  });

  it('runs the forwarder with the secret ARN and the prefix it derives service labels from', () => {
    const { stack } = build();
    const secret = findResource(stack, 'aws_secretsmanager_secret', {});
    const forwarder = findResource(stack, 'aws_lambda_function', { function_name: 'up-dev-loki-forwarder' });
    expect(forwarder.body.environment).toEqual({
      variables: expect.objectContaining({
        LOKI_SECRET_ARN: secret.ref('arn'),
        LOG_GROUP_PREFIX: 'up-dev',
        ENVIRONMENT: 'dev',
      }),
    });
  });

  it('subscribes every given log group, and not the forwarder own group', () => {
    const { json, stack } = build();
    const forwarder = findResource(stack, 'aws_lambda_function', { function_name: 'up-dev-loki-forwarder' });
    const filters = Object.values(resourcesOf(stack, 'aws_cloudwatch_log_subscription_filter'));
    expect(filters).toHaveLength(2);
    for (const group of ['worker-logs', 'workflow-logs']) {
      const logGroup = findResource(stack, 'aws_cloudwatch_log_group', {
        name:
          group === 'worker-logs'
            ? '/aws/lambda/up-dev-order-processor'
            : '/aws/vendedlogs/states/up-dev-order-workflow',
      });
      expect(json).toHaveResourceWithProperties(CloudwatchLogSubscriptionFilter, {
        log_group_name: logGroup.ref('name'),
        destination_arn: forwarder.ref('arn'),
        filter_pattern: '',
      });
      expect(json).toHaveResourceWithProperties(LambdaPermission, {
        principal: 'logs.amazonaws.com',
        source_arn: `${logGroup.ref('arn')}:*`,
        function_name: forwarder.ref('function_name'),
      });
    }
    const ownGroup = findResource(stack, 'aws_cloudwatch_log_group', {
      name: '/aws/lambda/up-dev-loki-forwarder',
    });
    expect(filters.some((filter) => filter.log_group_name === ownGroup.ref('name'))).toBe(false);
  });

  it('sends asynchronous invocations that keep failing to an encrypted SQS queue it may write to', () => {
    const { json, stack } = build();
    const queue = findResource(stack, 'aws_sqs_queue', { name: 'up-dev-log-forwarder-failures' });
    expect(queue.body.sqs_managed_sse_enabled).toBe(true);
    expect(json).toHaveResourceWithProperties(LambdaFunctionEventInvokeConfig, {
      destination_config: { on_failure: { destination: queue.ref('arn') } },
      maximum_retry_attempts: 2,
    });
    const role = findResource(stack, 'aws_iam_role', { name: 'up-dev-loki-forwarder-role' });
    const policy = JSON.parse(
      String(findResource(stack, 'aws_iam_role_policy', { role: role.ref('id') }).body.policy),
    );
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({ Action: ['sqs:SendMessage'], Resource: [queue.ref('arn')] }),
    );
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({
        Action: ['secretsmanager:GetSecretValue'],
        Resource: [findResource(stack, 'aws_secretsmanager_secret', {}).ref('arn')],
      }),
    );
  });
});
