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

  it('outputs the URLs and ARNs operators need, the API URL and admin pool only when the order API is on', () => {
    const base = [
      'admin_topic_arn',
      'cooldown_workflow_arn',
      'customer_topic_arn',
      'dashboard_bucket',
      'dashboard_distribution_id',
      'dashboard_url',
      'loki_secret_arn',
      'order_workflow_arn',
    ];
    for (const { stack } of withoutEntryPoints) expect(Object.keys(stack.output ?? {}).sort()).toEqual(base);
    for (const { stack } of stacks)
      expect(Object.keys(stack.output ?? {}).sort()).toEqual(
        ['admin_client_id', 'admin_user_pool_id', 'api_url', ...base].sort(),
      );
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

  it("writes the dashboard's config.json with its own stack's API URL, into its own bucket", () => {
    for (const { stack } of stacks) {
      const bucket = findResource(stack, 'aws_s3_bucket', {});
      const stage = findResource(stack, 'aws_apigatewayv2_stage', {});
      const config = findResource(stack, 'aws_s3_object', { key: 'config.json' });
      expect(config.body.bucket).toBe(bucket.ref('id'));
      expect(JSON.parse(String(config.body.content))).toEqual({ apiBaseUrl: stage.ref('invoke_url') });
      expect(stack.output?.api_url?.value).toBe(stage.ref('invoke_url'));
    }
  });

  it('names the bucket and distribution the dashboard upload needs in the outputs', () => {
    for (const { stack } of stacks) {
      expect(stack.output?.dashboard_bucket?.value).toBe(
        findResource(stack, 'aws_s3_bucket', {}).ref('bucket'),
      );
      expect(stack.output?.dashboard_distribution_id?.value).toBe(
        findResource(stack, 'aws_cloudfront_distribution', {}).ref('id'),
      );
    }
  });

  it('still synthesizes without the entry points, with no API, no retry source and no dashboard config', () => {
    for (const { stack } of withoutEntryPoints) {
      expect(resourcesOf(stack, 'aws_apigatewayv2_api')).toEqual({});
      expect(resourcesOf(stack, 'aws_lambda_event_source_mapping')).toEqual({});
      expect(resourcesOf(stack, 'aws_s3_object')).toEqual({});
    }
  });
});
