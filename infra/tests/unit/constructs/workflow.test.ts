import { CloudwatchLogGroup, SfnStateMachine } from '../../../src/aws';
import { Workflow } from '../../../src/constructs/workflow';
import { findResource, synth } from '../../support/fixtures';

const TABLE_ARN = 'arn:aws:dynamodb:eu-west-1:1:table/up-dev-circuit';
const definition = {
  StartAt: 'ReadCircuit',
  States: {
    ReadCircuit: {
      Type: 'Task',
      Resource: 'arn:aws:states:::dynamodb:getItem',
      Parameters: { TableName: 'up-dev-circuit', Key: { circuitId: { S: 'payment-gateway' } } },
      End: true,
    },
  },
};
const build = (type: 'STANDARD' | 'EXPRESS' = 'STANDARD') =>
  synth(
    (scope, account) =>
      new Workflow(scope, 'workflow', {
        name: 'up-dev-order-workflow',
        type,
        definition,
        tasks: [
          {
            stateName: 'ReadCircuit',
            resource: 'arn:aws:states:::dynamodb:getItem',
            parameters: definition.States.ReadCircuit.Parameters,
          },
        ],
        catalog: {
          tables: [{ name: 'up-dev-circuit', arn: TABLE_ARN }],
          functions: [],
          queues: [],
          topics: [],
          buses: [],
          stateMachines: [],
        },
        accountId: account.accountId,
        logGroupName: '/aws/vendedlogs/states/up-dev-order-workflow',
        logLevel: 'ERROR',
        includeExecutionData: false,
        logRetentionDays: 14,
      }),
  );

describe('Workflow', () => {
  it('embeds the definition and logs to its own group without execution data, traced by X-Ray', () => {
    const { json, stack } = build();
    const logs = findResource(stack, 'aws_cloudwatch_log_group', {});
    expect(json).toHaveResourceWithProperties(SfnStateMachine, {
      name: 'up-dev-order-workflow',
      type: 'STANDARD',
      definition: JSON.stringify(definition),
      logging_configuration: {
        log_destination: `${logs.ref('arn')}:*`,
        level: 'ERROR',
        include_execution_data: false,
      },
      tracing_configuration: { enabled: true },
    });
    expect(json).toHaveResourceWithProperties(CloudwatchLogGroup, { retention_in_days: 14 });
  });

  it('can run as an Express workflow', () => {
    expect(build('EXPRESS').json).toHaveResourceWithProperties(SfnStateMachine, { type: 'EXPRESS' });
  });

  it('trusts Step Functions from this account only', () => {
    const role = findResource(build().stack, 'aws_iam_role', {});
    const trust = JSON.parse(String(role.body.assume_role_policy)).Statement[0];
    expect(trust.Principal).toEqual({ Service: 'states.amazonaws.com' });
    expect(trust.Condition.StringEquals['aws:SourceAccount']).toMatch(/data\.aws_caller_identity/);
  });

  it('allows the Task actions generated from the definition, then logging and tracing', () => {
    const policy = JSON.parse(String(findResource(build().stack, 'aws_iam_role_policy', {}).body.policy));
    expect(policy.Statement[0]).toEqual({
      Sid: 'dynamodbGetItem',
      Effect: 'Allow',
      Action: 'dynamodb:GetItem',
      Resource: [TABLE_ARN],
    });
    expect(policy.Statement.slice(1).map((s: { Sid: string }) => s.Sid)).toEqual([
      'VendedLogDelivery',
      'XRayTracing',
    ]);
  });
});
