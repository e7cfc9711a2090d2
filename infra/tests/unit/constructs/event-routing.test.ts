import { EVENT_SOURCE, EventDetailType } from '@unstoppable/core';
import { ORDER_RULE_NAMES } from '@unstoppable/local-stack/src/eventbridge/rules';
import { CloudwatchEventBus, CloudwatchEventRule, CloudwatchEventTarget } from '../../../src/aws';
import { EventRouting } from '../../../src/constructs/event-routing';
import { resourceNames } from '../../../src/naming';
import { findResource, resourcesOf, synth } from '../../support/fixtures';

const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:up-dev-customer-notifications';
const build = () =>
  synth(
    (scope) => new EventRouting(scope, 'events', { names: resourceNames('up-dev'), customerTopicArn: TOPIC }),
  );

describe('EventRouting', () => {
  it('declares the environment bus and the local stack rules on it', () => {
    const { json, stack } = build();
    const bus = findResource(stack, 'aws_cloudwatch_event_bus', { name: 'up-dev-events' });
    expect(json).toHaveResourceWithProperties(CloudwatchEventBus, { name: 'up-dev-events' });
    expect(json).toHaveResourceWithProperties(CloudwatchEventRule, {
      name: ORDER_RULE_NAMES.completed,
      event_bus_name: bus.ref('name'),
      event_pattern: JSON.stringify({
        source: [EVENT_SOURCE],
        'detail-type': [EventDetailType.OrderCompleted],
      }),
    });
    expect(Object.keys(resourcesOf(stack, 'aws_cloudwatch_event_rule'))).toHaveLength(
      Object.keys(ORDER_RULE_NAMES).length,
    );
  });

  it('sends each rule to the customer topic through its input transformer', () => {
    const { json, stack } = build();
    const rule = findResource(stack, 'aws_cloudwatch_event_rule', { name: ORDER_RULE_NAMES.declined });
    expect(json).toHaveResourceWithProperties(CloudwatchEventTarget, {
      rule: rule.ref('name'),
      arn: TOPIC,
      target_id: 'customer-topic',
      input_transformer: {
        input_paths: { orderId: '$.detail.orderId', reason: '$.detail.declineReason' },
        input_template: expect.stringContaining('<orderId>'),
      },
    });
  });
});
