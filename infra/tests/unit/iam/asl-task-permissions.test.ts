import { UnmappedTaskResourceError } from '../../../src/errors';
import {
  parseIntegration,
  type TaskTargetCatalog,
  taskPermissions,
  taskPolicyStatements,
} from '../../../src/iam/asl-task-permissions';

const ARN = {
  orders: 'arn:aws:dynamodb:eu-west-1:1:table/up-dev-orders',
  circuit: 'arn:aws:dynamodb:eu-west-1:1:table/up-dev-circuit',
  fn: 'arn:aws:lambda:eu-west-1:1:function:up-dev-order-processor',
  queue: 'arn:aws:sqs:eu-west-1:1:up-dev-order-retry',
  topic: 'arn:aws:sns:eu-west-1:1:up-dev-admin-alerts',
  key: 'arn:aws:kms:eu-west-1:1:key/abc',
  bus: 'arn:aws:events:eu-west-1:1:event-bus/up-dev-events',
  cooldown: 'arn:aws:states:eu-west-1:1:stateMachine:up-dev-cooldown-workflow',
};
const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/1/up-dev-order-retry';
const catalog: TaskTargetCatalog = {
  tables: [
    { name: 'up-dev-orders', arn: ARN.orders },
    { name: 'up-dev-circuit', arn: ARN.circuit },
  ],
  functions: [{ name: 'up-dev-order-processor', arn: ARN.fn }],
  queues: [{ url: QUEUE_URL, arn: ARN.queue }],
  topics: [{ arn: ARN.topic, kmsKeyArn: ARN.key }],
  buses: [{ name: 'up-dev-events', arn: ARN.bus }],
  stateMachines: [{ arn: ARN.cooldown }],
};
const task = (stateName: string, integration: string, parameters: object) => ({
  stateName,
  resource: `arn:aws:states:::${integration}`,
  parameters,
});

describe('taskPermissions', () => {
  it('maps each integration to its action on the resource its parameters name', () => {
    const permissions = taskPermissions(
      [
        task('ReadCircuit', 'dynamodb:getItem', { TableName: 'up-dev-circuit', 'Key.$': '$.key' }),
        task('CompleteOrder', 'dynamodb:updateItem', { TableName: 'up-dev-orders' }),
        task('Charge', 'lambda:invoke', { FunctionName: ARN.fn, 'Payload.$': '$' }),
        task('Park', 'sqs:sendMessage', { QueueUrl: QUEUE_URL, 'MessageBody.$': '$' }),
        task('AlertAdmins', 'sns:publish', { TopicArn: ARN.topic, 'Message.$': '$' }),
        task('Emit', 'events:putEvents', { Entries: [{ EventBusName: 'up-dev-events', Source: 'x' }] }),
        task('StartCooldown', 'states:startExecution', { StateMachineArn: ARN.cooldown, 'Input.$': '$' }),
      ],
      catalog,
    );
    expect(permissions.map(({ action, resource }) => `${action} ${resource}`)).toEqual([
      `dynamodb:GetItem ${ARN.circuit}`,
      `dynamodb:UpdateItem ${ARN.orders}`,
      `lambda:InvokeFunction ${ARN.fn}`,
      `sqs:SendMessage ${ARN.queue}`,
      `sns:Publish ${ARN.topic}`,
      `kms:GenerateDataKey* ${ARN.key}`,
      `kms:Decrypt ${ARN.key}`,
      `events:PutEvents ${ARN.bus}`,
      `states:StartExecution ${ARN.cooldown}`,
    ]);
    expect(permissions[0]?.neededBy).toEqual(['ReadCircuit (dynamodb:getItem)']);
  });

  it('grants a permission once however many Tasks need it', () => {
    const permissions = taskPermissions(
      [
        task('ReadA', 'dynamodb:getItem', { TableName: 'up-dev-circuit' }),
        task('ReadB', 'dynamodb:getItem', { TableName: 'up-dev-circuit' }),
      ],
      catalog,
    );
    expect(permissions).toHaveLength(1);
    expect(permissions[0]?.neededBy).toEqual(['ReadA (dynamodb:getItem)', 'ReadB (dynamodb:getItem)']);
  });

  it('refuses resources chosen at run time, unknown resources and unmapped integrations', () => {
    expect(() =>
      taskPermissions([task('Dyn', 'dynamodb:getItem', { 'TableName.$': '$.table' })], catalog),
    ).toThrow(/TableName is a path/);
    expect(() =>
      taskPermissions([task('Other', 'dynamodb:getItem', { TableName: 'elsewhere' })], catalog),
    ).toThrow(UnmappedTaskResourceError);
    expect(() =>
      taskPermissions([task('Scan', 'dynamodb:scan', { TableName: 'up-dev-orders' })], catalog),
    ).toThrow(/no IAM mapping for dynamodb:scan/);
    expect(() => parseIntegration('Sync', 'arn:aws:states:::states:startExecution.sync:2')).toThrow(
      /not a supported service integration/,
    );
  });
});

describe('taskPolicyStatements', () => {
  it('groups resources by action into Allow statements', () => {
    const statements = taskPolicyStatements([
      { action: 'dynamodb:GetItem', resource: ARN.orders, neededBy: ['a'] },
      { action: 'dynamodb:GetItem', resource: ARN.circuit, neededBy: ['b'] },
      { action: 'sqs:SendMessage', resource: ARN.queue, neededBy: ['c'] },
    ]);
    expect(statements).toEqual([
      {
        Sid: 'dynamodbGetItem',
        Effect: 'Allow',
        Action: 'dynamodb:GetItem',
        Resource: [ARN.orders, ARN.circuit],
      },
      { Sid: 'sqsSendMessage', Effect: 'Allow', Action: 'sqs:SendMessage', Resource: [ARN.queue] },
    ]);
  });
});
