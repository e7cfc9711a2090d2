import { CloudwatchMetricAlarm } from '../../../src/aws';
import { Alarms } from '../../../src/constructs/alarms';
import { resourcesOf, synth } from '../../support/fixtures';

const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:up-dev-admin-alerts';
const ORDER = 'arn:aws:states:eu-west-1:111122223333:stateMachine:up-dev-order-workflow';
const COOLDOWN = 'arn:aws:states:eu-west-1:111122223333:stateMachine:up-dev-cooldown-workflow';
const build = () =>
  synth(
    (scope) =>
      new Alarms(scope, 'alarms', {
        prefix: 'up-dev',
        adminTopicArn: TOPIC,
        deadLetterQueues: [
          { id: 'retry-dlq-not-empty', queueName: 'up-dev-order-retry-dlq', description: 'orders gave up' },
          {
            id: 'log-forwarder-dlq-not-empty',
            queueName: 'up-dev-log-forwarder-failures',
            description: 'logs lost',
          },
        ],
        forwarderFunctionName: 'up-dev-loki-forwarder',
        orderWorkflowArn: ORDER,
        cooldownWorkflowArn: COOLDOWN,
      }),
  );

describe('Alarms', () => {
  it('pages the admin topic as soon as a message reaches a dead-letter queue', () => {
    const { json } = build();
    for (const queue of ['up-dev-order-retry-dlq', 'up-dev-log-forwarder-failures']) {
      expect(json).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
        namespace: 'AWS/SQS',
        metric_name: 'ApproximateNumberOfMessagesVisible',
        dimensions: { QueueName: queue },
        threshold: 0,
        comparison_operator: 'GreaterThanThreshold',
        alarm_actions: [TOPIC],
      });
    }
  });

  it('alarms on forwarder errors, failed executions and circuit trips', () => {
    const { json } = build();
    expect(json).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
      namespace: 'AWS/Lambda',
      metric_name: 'Errors',
      dimensions: { FunctionName: 'up-dev-loki-forwarder' },
    });
    for (const arn of [ORDER, COOLDOWN]) {
      expect(json).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
        namespace: 'AWS/States',
        metric_name: 'ExecutionsFailed',
        dimensions: { StateMachineArn: arn },
      });
    }
    expect(json).toHaveResourceWithProperties(CloudwatchMetricAlarm, {
      alarm_name: 'up-dev-circuit-tripped',
      namespace: 'AWS/States',
      metric_name: 'ExecutionsStarted',
      dimensions: { StateMachineArn: COOLDOWN },
    });
  });

  it('names every alarm under the prefix, which the admin topic policy admits', () => {
    const alarms = Object.values(resourcesOf(build().stack, 'aws_cloudwatch_metric_alarm'));
    expect(alarms).toHaveLength(6);
    expect(alarms.every((alarm) => String(alarm.alarm_name).startsWith('up-dev-'))).toBe(true);
  });
});
