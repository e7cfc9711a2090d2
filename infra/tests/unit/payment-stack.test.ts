import { SfnStateMachine } from '../../src/aws';
import { findResource, resourcesOf } from '../support/fixtures';
import { type SynthesizedStack, synthStacks } from '../support/stacks';

describe('PaymentStack', () => {
  let stacks: SynthesizedStack[];
  let withoutEntryPoints: SynthesizedStack[];
  beforeAll(() => {
    stacks = synthStacks();
    withoutEntryPoints = synthStacks({ features: { orderApi: false, retryHandler: false } });
  });

  it.each(['dev', 'prod'])('matches the %s snapshot', (environment) => {
    const synthesized = stacks.find((candidate) => candidate.environment === environment);
    expect(synthesized?.json).toMatchSnapshot();
  });

  it('keeps state in S3 under a key per environment, with S3-native locking', () => {
    for (const { environment, stack } of stacks) {
      expect(stack.terraform?.backend).toEqual({
        s3: {
          bucket: 'unstoppable-payments-tfstate',
          key: `${environment}/terraform.tfstate`,
          region: 'eu-west-1',
          encrypt: true,
          use_lockfile: true,
        },
      });
    }
  });

  it('runs the order workflow as STANDARD by default and the cool-down always as STANDARD', () => {
    for (const { json } of stacks) {
      expect(json).toHaveResourceWithProperties(SfnStateMachine, {
        name: expect.stringMatching(/-order-workflow$/),
        type: 'STANDARD',
      });
      expect(json).toHaveResourceWithProperties(SfnStateMachine, {
        name: expect.stringMatching(/-cooldown-workflow$/),
        type: 'STANDARD',
      });
    }
  });

  it('outputs the URLs and ARNs operators need, the API URL only when the order API is on', () => {
    const base = [
      'admin_topic_arn',
      'cooldown_workflow_arn',
      'customer_topic_arn',
      'dashboard_bucket',
      'dashboard_url',
      'loki_secret_arn',
      'order_workflow_arn',
    ];
    for (const { stack } of withoutEntryPoints) expect(Object.keys(stack.output ?? {}).sort()).toEqual(base);
    for (const { stack } of stacks)
      expect(Object.keys(stack.output ?? {}).sort()).toEqual(['api_url', ...base].sort());
  });

  it('lets the order API start exactly the order workflow of its own stack', () => {
    const dev = stacks[0] as SynthesizedStack;
    const workflow = findResource(dev.stack, 'aws_sfn_state_machine', { name: 'up-dev-order-workflow' });
    const role = findResource(dev.stack, 'aws_iam_role', { name: 'up-dev-order-api-role' });
    const policy = JSON.parse(
      String(findResource(dev.stack, 'aws_iam_role_policy', { role: role.ref('id') }).body.policy),
    );
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({ Action: ['states:StartExecution'], Resource: [workflow.ref('arn')] }),
    );
    const api = findResource(dev.stack, 'aws_lambda_function', { function_name: 'up-dev-order-api' });
    expect(
      (api.body.environment as { variables: Record<string, string> }).variables.ORDER_STATE_MACHINE_ARN,
    ).toBe(workflow.ref('arn'));
  });

  it('invokes the payment worker of its own stack from the order workflow', () => {
    for (const { stack, environment } of stacks) {
      const worker = findResource(stack, 'aws_lambda_function', {
        function_name: `up-${environment}-order-processor`,
      });
      const workflow = findResource(stack, 'aws_sfn_state_machine', {
        name: `up-${environment}-order-workflow`,
      });
      expect(String(workflow.body.definition)).toContain(worker.ref('arn'));
    }
  });

  it('serves the API to the dashboard origin only', () => {
    const dev = stacks[0] as SynthesizedStack;
    const cdn = findResource(dev.stack, 'aws_cloudfront_distribution', {});
    const api = findResource(dev.stack, 'aws_apigatewayv2_api', {});
    expect((api.body.cors_configuration as { allow_origins: string[] }).allow_origins).toEqual([
      `https://${cdn.ref('domain_name')}`,
    ]);
    expect(Object.keys(resourcesOf(dev.stack, 'aws_lambda_event_source_mapping'))).toHaveLength(1);
  });

  it('still synthesizes without the entry points, with no API and no retry source', () => {
    for (const { stack } of withoutEntryPoints) {
      expect(resourcesOf(stack, 'aws_apigatewayv2_api')).toEqual({});
      expect(resourcesOf(stack, 'aws_lambda_event_source_mapping')).toEqual({});
    }
  });
});
