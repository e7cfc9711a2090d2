import { Messaging } from '../../../src/constructs/messaging';
import { resourceNames } from '../../../src/naming';
import { devConfig, findResource, resourcesOf, synth } from '../../support/fixtures';

const build = () =>
  synth(
    (scope, account) =>
      new Messaging(scope, 'messaging', { names: resourceNames('up-dev'), account, config: devConfig() }),
  );

describe('Messaging', () => {
  it('routes the bus rules to the customer topic it declares', () => {
    const { stack } = build();
    const customer = findResource(stack, 'aws_sns_topic', { name: 'up-dev-customer-notifications' });
    const targets = Object.values(resourcesOf(stack, 'aws_cloudwatch_event_target'));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((target) => target.arn === customer.ref('arn'))).toBe(true);
  });

  it('sizes the retry queue visibility from the retry handler timeout and redrives after the configured receives', () => {
    const config = devConfig();
    const queue = findResource(build().stack, 'aws_sqs_queue', { name: 'up-dev-order-retry' });
    expect(queue.body.visibility_timeout_seconds).toBe(6 * config.functions['retry-handler'].timeoutSeconds);
    expect(JSON.parse(String(queue.body.redrive_policy)).maxReceiveCount).toBe(
      config.retryQueue.maxReceiveCount,
    );
  });
});
