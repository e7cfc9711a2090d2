import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CloudwatchLogGroup, IamRole, LambdaFunction } from '../../../src/aws';
import { ServiceFunction } from '../../../src/constructs/service-function';
import { MissingBundleError, StrayBundleFilesError } from '../../../src/errors';
import { allow, type FunctionSpec } from '../../../src/functions/function-spec';
import { findResource, fixtureServicesDir, functionDefaults, synth } from '../../support/fixtures';

interface Refs {
  readonly tableName: string;
  readonly tableArn: string;
}

const spec: FunctionSpec<Refs> = {
  id: 'payment-processor',
  packageName: '@unstoppable/payment-processor',
  service: 'order-processor',
  description: 'test worker',
  enabled: () => true,
  environment: ({ tableName }) => ({ ORDERS_TABLE: tableName }),
  statements: ({ tableArn }) => [allow('ReadOrders', ['dynamodb:GetItem'], [tableArn])],
};
const refs = {
  tableName: 'up-dev-orders',
  tableArn: 'arn:aws:dynamodb:eu-west-1:111122223333:table/up-dev-orders',
};

const build = (servicesDir = fixtureServicesDir()) =>
  synth(
    (scope) =>
      new ServiceFunction(scope, 'worker', {
        spec,
        refs,
        settings: { memoryMb: 512, timeoutSeconds: 8 },
        defaults: functionDefaults(servicesDir),
      }),
  );

describe('ServiceFunction', () => {
  it('runs the zipped bundle on Node.js 22, arm64, with active tracing', () => {
    const { json, stack } = build();
    const role = findResource(stack, 'aws_iam_role', {});
    expect(json).toHaveResourceWithProperties(LambdaFunction, {
      function_name: 'up-dev-order-processor',
      runtime: 'nodejs22.x',
      architectures: ['arm64'],
      handler: 'handler.handler',
      memory_size: 512,
      timeout: 8,
      role: role.ref('arn'),
      tracing_config: { mode: 'Active' },
      filename: expect.stringMatching(/archive\.zip$/),
    });
  });

  it('passes the spec environment beside the environment name and log level', () => {
    const fn = findResource(build().stack, 'aws_lambda_function', {});
    expect(fn.body.environment).toEqual({
      variables: { ENVIRONMENT: 'dev', POWERTOOLS_LOG_LEVEL: 'DEBUG', ORDERS_TABLE: 'up-dev-orders' },
    });
  });

  it('logs to its own log group with the configured retention', () => {
    const { json, stack } = build();
    const logs = findResource(stack, 'aws_cloudwatch_log_group', {});
    expect(json).toHaveResourceWithProperties(CloudwatchLogGroup, {
      name: '/aws/lambda/up-dev-order-processor',
      retention_in_days: 14,
    });
    expect(findResource(stack, 'aws_lambda_function', {}).body.logging_config).toEqual({
      log_format: 'Text',
      log_group: logs.ref('name'),
    });
  });

  it('grants the spec statements, its own log streams and tracing, nothing else', () => {
    const { json, stack } = build();
    const logs = findResource(stack, 'aws_cloudwatch_log_group', {});
    expect(json).toHaveResourceWithProperties(IamRole, {
      assume_role_policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    const policy = JSON.parse(String(findResource(stack, 'aws_iam_role_policy', {}).body.policy));
    expect(policy.Statement).toEqual([
      {
        Sid: 'WriteOwnLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: `${logs.ref('arn')}:*`,
      },
      {
        Sid: 'XRayTracing',
        Effect: 'Allow',
        Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
        Resource: '*',
      },
      { Sid: 'ReadOrders', Effect: 'Allow', Action: ['dynamodb:GetItem'], Resource: [refs.tableArn] },
    ]);
  });

  it('refuses to synthesize without the bundle and says how to build it', () => {
    const dir = fixtureServicesDir();
    rmSync(join(dir, 'payment-processor', 'dist'), { recursive: true });
    expect(() => build(dir)).toThrow(MissingBundleError);
    expect(() => build(dir)).toThrow(/pnpm --filter @unstoppable\/payment-processor bundle/);
  });

  it('refuses to zip anything but the bundle into the function, naming the stray files', () => {
    const dir = fixtureServicesDir();
    writeFileSync(join(dir, 'payment-processor', 'dist', 'handler.mjs.map'), '{}');
    writeFileSync(join(dir, 'payment-processor', 'dist', 'old-experiment.mjs'), '');
    expect(() => build(dir)).toThrow(StrayBundleFilesError);
    expect(() => build(dir)).toThrow(/\(handler\.mjs\.map, old-experiment\.mjs\)/);
  });
});
