import { TABLES, type TableKey } from '@unstoppable/core';
import { LambdaEventSourceMapping } from '../../../src/aws';
import { Functions } from '../../../src/constructs/functions';
import {
  devConfig,
  findResource,
  fixtureServicesDir,
  functionDefaults,
  resourcesOf,
  synth,
} from '../../support/fixtures';

const table = (key: TableKey) => ({
  name: `up-dev-${TABLES[key].name}`,
  arn: `arn:aws:dynamodb:eu-west-1:111122223333:table/up-dev-${TABLES[key].name}`,
});
const queue = (name: string) => ({
  url: `https://sqs.eu-west-1.amazonaws.com/111122223333/${name}`,
  arn: `arn:aws:sqs:eu-west-1:111122223333:${name}`,
});
const refs = {
  tables: Object.fromEntries((Object.keys(TABLES) as TableKey[]).map((key) => [key, table(key)])) as Record<
    TableKey,
    { name: string; arn: string }
  >,
  retryQueue: queue('up-dev-order-retry'),
  retryDeadLetterQueue: queue('up-dev-order-retry-dlq'),
  orderWorkflowArn: 'arn:aws:states:eu-west-1:111122223333:stateMachine:up-dev-order-workflow',
  orderExecutionsArn: 'arn:aws:states:eu-west-1:111122223333:execution:up-dev-order-workflow:*',
};

const build = (features: { orderApi: boolean; retryHandler: boolean }) => {
  const config = devConfig({ features });
  return synth(
    (scope) =>
      new Functions(scope, 'functions', {
        refs,
        defaults: functionDefaults(fixtureServicesDir(), config),
        functions: config.functions,
        features: config.features,
        retryQueue: config.retryQueue,
      }),
  );
};

const policyOf = (stack: ReturnType<typeof build>['stack'], functionName: string) => {
  const role = findResource(stack, 'aws_iam_role', { name: `${functionName}-role` });
  const policy = findResource(stack, 'aws_iam_role_policy', { role: role.ref('id') });
  return JSON.parse(String(policy.body.policy)).Statement as {
    Sid: string;
    Action: string[];
    Resource: string[];
  }[];
};

describe('Functions', () => {
  it('declares only the payment worker while the pending services are switched off', () => {
    const { stack } = build({ orderApi: false, retryHandler: false });
    const names = Object.values(resourcesOf(stack, 'aws_lambda_function')).map((fn) => fn.function_name);
    expect(names).toEqual(['up-dev-order-processor']);
    expect(resourcesOf(stack, 'aws_lambda_event_source_mapping')).toEqual({});
  });

  it('gives the payment worker exactly the table actions its code uses', () => {
    const statements = policyOf(
      build({ orderApi: false, retryHandler: false }).stack,
      'up-dev-order-processor',
    );
    expect(statements.filter((s) => s.Sid !== 'WriteOwnLogs' && s.Sid !== 'XRayTracing')).toEqual([
      expect.objectContaining({ Action: ['dynamodb:GetItem'], Resource: [refs.tables.orders.arn] }),
      expect.objectContaining({ Action: ['dynamodb:GetItem'], Resource: [refs.tables.runtimeConfig.arn] }),
      expect.objectContaining({
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        Resource: [refs.tables.idempotency.arn],
      }),
      expect.objectContaining({
        Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: [refs.tables.ledger.arn],
      }),
    ]);
  });

  it('adds the order API and the retry handler when switched on', () => {
    const { stack } = build({ orderApi: true, retryHandler: true });
    const names = Object.values(resourcesOf(stack, 'aws_lambda_function')).map((fn) => fn.function_name);
    expect(names.sort()).toEqual(['up-dev-order-api', 'up-dev-order-processor', 'up-dev-retry-handler']);
    const own = (statements: ReturnType<typeof policyOf>) =>
      statements
        .filter((s) => s.Sid !== 'WriteOwnLogs' && s.Sid !== 'XRayTracing')
        .map((s) => [s.Action, s.Resource]);
    // Exactly the calls the order API's code makes, each on the resources it names.
    expect(own(policyOf(stack, 'up-dev-order-api'))).toEqual([
      [['dynamodb:PutItem', 'dynamodb:GetItem'], [refs.tables.orders.arn]],
      [
        ['dynamodb:Query'],
        [`${refs.tables.orders.arn}/index/by-status`, `${refs.tables.orders.arn}/index/by-created-at`],
      ],
      [['dynamodb:GetItem', 'dynamodb:UpdateItem'], [refs.tables.circuit.arn]],
      [['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'], [refs.tables.runtimeConfig.arn]],
      [['dynamodb:Query'], [refs.tables.notifications.arn]],
      // GET /products scans the catalog: Scan on the products table, and on no other table.
      [['dynamodb:Scan'], [refs.tables.products.arn]],
      [['states:StartExecution'], [refs.orderWorkflowArn]],
      [['states:DescribeExecution'], [refs.orderExecutionsArn]],
      [['sqs:GetQueueAttributes'], [refs.retryQueue.arn, refs.retryDeadLetterQueue.arn]],
    ]);
    // The retry handler: the circuit read, the executions it starts, the three actions Lambda's
    // SQS trigger needs, and the re-delayed copies it sends back.
    expect(own(policyOf(stack, 'up-dev-retry-handler'))).toEqual([
      [['dynamodb:GetItem'], [refs.tables.circuit.arn]],
      [['states:StartExecution'], [refs.orderWorkflowArn]],
      [['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], [refs.retryQueue.arn]],
      [['sqs:SendMessage'], [refs.retryQueue.arn]],
    ]);
  });

  it('feeds the retry handler from the retry queue with partial batch failures and capped concurrency', () => {
    const { json, stack } = build({ orderApi: false, retryHandler: true });
    const handler = findResource(stack, 'aws_lambda_function', { function_name: 'up-dev-retry-handler' });
    expect(json).toHaveResourceWithProperties(LambdaEventSourceMapping, {
      event_source_arn: refs.retryQueue.arn,
      function_name: handler.ref('arn'),
      function_response_types: ['ReportBatchItemFailures'],
      scaling_config: { maximum_concurrency: 2 },
      batch_size: 10,
    });
  });
});
