import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOG_RETENTION_DAYS } from '../../../src/config-rules';
import { BUNDLE_FILE } from '../../../src/functions/bundle';
import { findResource, resourcesOf } from '../../support/fixtures';
import { type SynthesizedStack, synthStacks } from '../../support/stacks';

describe('Log groups', () => {
  let stacks: SynthesizedStack[];
  beforeAll(() => {
    stacks = synthStacks();
  });

  it('keeps every log group for a retention CloudWatch accepts', () => {
    for (const { stack } of stacks) {
      for (const group of Object.values(resourcesOf(stack, 'aws_cloudwatch_log_group'))) {
        expect(LOG_RETENTION_DAYS).toContain(group.retention_in_days);
      }
    }
  });

  it('ships every log group to Loki except the forwarder own', () => {
    for (const { stack, environment } of stacks) {
      const forwarderGroup = `/aws/lambda/up-${environment}-loki-forwarder`;
      const filtered = new Set(
        Object.values(resourcesOf(stack, 'aws_cloudwatch_log_subscription_filter')).map(
          (f) => f.log_group_name,
        ),
      );
      for (const [id, group] of Object.entries(resourcesOf(stack, 'aws_cloudwatch_log_group'))) {
        const ref = `\${aws_cloudwatch_log_group.${id}.name}`;
        expect({ group: group.name, shipped: filtered.has(ref) }).toEqual({
          group: group.name,
          shipped: group.name !== forwarderGroup,
        });
      }
    }
  });

  it('lets CloudWatch Logs invoke the forwarder only for the subscribed log groups', () => {
    for (const { stack, environment } of stacks) {
      const forwarder = findResource(stack, 'aws_lambda_function', {
        function_name: `up-${environment}-loki-forwarder`,
      });
      const permissions = Object.values(resourcesOf(stack, 'aws_lambda_permission')).filter(
        (permission) => permission.function_name === forwarder.ref('function_name'),
      );
      const subscriptions = Object.values(resourcesOf(stack, 'aws_cloudwatch_log_subscription_filter'));
      expect(permissions).toHaveLength(subscriptions.length);
      for (const permission of permissions) {
        expect(permission.principal).toBe('logs.amazonaws.com');
        expect(String(permission.source_arn)).toMatch(/^\$\{aws_cloudwatch_log_group\.[^}]+\.arn\}:\*$/);
      }
    }
  });
});

describe('Functions', () => {
  it('run Node.js 22 on arm64 with active tracing, from bundles that exist on disk', () => {
    for (const { stack, construct } of synthStacks({ realBundles: true })) {
      const functions = Object.values(resourcesOf(stack, 'aws_lambda_function'));
      expect(functions.length).toBeGreaterThan(0);
      for (const fn of functions) {
        expect(fn).toMatchObject({
          runtime: 'nodejs22.x',
          architectures: ['arm64'],
          tracing_config: { mode: 'Active' },
        });
      }
      const bundleDirs = construct.serviceFunctions.map((fn) => fn.bundleDir);
      expect(bundleDirs).toHaveLength(functions.length);
      for (const dir of bundleDirs) expect(existsSync(join(dir, BUNDLE_FILE))).toBe(true);
    }
  });
});
