import { cooldownWorkflow, listTaskIntegrations, PLACEHOLDER_REFS } from '@unstoppable/state-machine';
import {
  CloudwatchEventBus,
  DynamodbTable,
  KmsKey,
  LambdaFunction,
  SnsTopic,
  SqsQueue,
} from '../../../src/aws';
import type { WorkflowType } from '../../../src/config';
import { Workflows } from '../../../src/constructs/workflows';
import { resourceNames } from '../../../src/naming';
import { devConfig, findResource, type SynthStack, synth } from '../../support/fixtures';

const build = (orderWorkflowType: WorkflowType = 'STANDARD') => {
  let workflows: Workflows | undefined;
  const result = synth((scope, account) => {
    const table = (id: string) =>
      new DynamodbTable(scope, id, {
        name: `up-dev-${id}`,
        hashKey: 'id',
        attribute: [{ name: 'id', type: 'S' }],
      });
    const key = new KmsKey(scope, 'key', {});
    workflows = new Workflows(scope, 'workflows', {
      names: resourceNames('up-dev'),
      account,
      config: { ...devConfig(), orderWorkflowType },
      settings: {},
      paymentFunction: new LambdaFunction(scope, 'worker', {
        functionName: 'up-dev-order-processor',
        role: 'r',
      }),
      ordersTable: table('orders'),
      circuitTable: table('circuit'),
      retryQueue: new SqsQueue(scope, 'retry', { name: 'up-dev-order-retry' }),
      adminTopic: new SnsTopic(scope, 'admin', { name: 'up-dev-admin-alerts', kmsMasterKeyId: key.arn }),
      adminTopicKeyArn: key.arn,
      eventBus: new CloudwatchEventBus(scope, 'bus', { name: 'up-dev-events' }),
    });
  });
  if (!workflows) throw new Error('not built');
  return { ...result, workflows };
};

const policyOf = (stack: SynthStack, roleName: string) => {
  const role = findResource(stack, 'aws_iam_role', { name: roleName });
  return JSON.parse(String(findResource(stack, 'aws_iam_role_policy', { role: role.ref('id') }).body.policy))
    .Statement as {
    Action: string | string[];
    Resource: string | string[];
  }[];
};

describe('Workflows', () => {
  it('grants each workflow exactly the actions its Tasks call, on the stack resources', () => {
    const { stack } = build();
    const order = policyOf(stack, 'up-dev-order-workflow-role');
    const grants = (action: string) => order.find((statement) => statement.Action === action)?.Resource;
    expect(grants('lambda:InvokeFunction')).toEqual([
      findResource(stack, 'aws_lambda_function', {}).ref('arn'),
    ]);
    expect(grants('sqs:SendMessage')).toEqual([findResource(stack, 'aws_sqs_queue', {}).ref('arn')]);
    expect(grants('events:PutEvents')).toEqual([
      findResource(stack, 'aws_cloudwatch_event_bus', {}).ref('arn'),
    ]);
    expect(grants('sns:Publish')).toEqual([findResource(stack, 'aws_sns_topic', {}).ref('arn')]);
    expect(grants('kms:GenerateDataKey*')).toEqual([findResource(stack, 'aws_kms_key', {}).ref('arn')]);
    expect(grants('states:StartExecution')).toEqual([
      findResource(stack, 'aws_sfn_state_machine', { name: 'up-dev-cooldown-workflow' }).ref('arn'),
    ]);
  });

  it('derives one permission set per workflow from every Task of the builders', () => {
    const { workflows } = build();
    const cooldownTasks = listTaskIntegrations(
      cooldownWorkflow({
        circuitTableName: PLACEHOLDER_REFS.circuitTableName,
        adminTopicArn: PLACEHOLDER_REFS.adminTopicArn,
      }),
    );
    const reasons = new Set(
      workflows.cooldown.permissions.flatMap((permission) =>
        permission.neededBy.map((task) => task.split(' ')[0]),
      ),
    );
    for (const task of cooldownTasks) expect(reasons).toContain(task.stateName);
    expect(workflows.order.permissions.length).toBeGreaterThan(workflows.cooldown.permissions.length);
  });

  it('runs the order workflow as Express when configured, the cool-down always as Standard', () => {
    const { stack } = build('EXPRESS');
    expect(findResource(stack, 'aws_sfn_state_machine', { name: 'up-dev-order-workflow' }).body.type).toBe(
      'EXPRESS',
    );
    expect(findResource(stack, 'aws_sfn_state_machine', { name: 'up-dev-cooldown-workflow' }).body.type).toBe(
      'STANDARD',
    );
  });

  it('logs each workflow to the log group the core logging contract names', () => {
    const { stack } = build();
    for (const name of ['up-dev-order-workflow', 'up-dev-cooldown-workflow']) {
      const logs = findResource(stack, 'aws_cloudwatch_log_group', {
        name: `/aws/vendedlogs/states/${name}`,
      });
      const machine = findResource(stack, 'aws_sfn_state_machine', { name });
      expect(machine.body.logging_configuration).toEqual({
        log_destination: `${logs.ref('arn')}:*`,
        level: 'ERROR',
        include_execution_data: false,
      });
    }
  });
});
