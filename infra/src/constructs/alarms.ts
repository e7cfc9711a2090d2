import { Construct } from 'constructs';
import { CloudwatchMetricAlarm } from '../aws';

export interface AlarmsProps {
  readonly prefix: string;
  readonly adminTopicArn: string;
  /** Queues that must stay empty: a message in one is work that needs a human. */
  readonly deadLetterQueues: readonly DeadLetterQueueAlarm[];
  readonly forwarderFunctionName: string;
  readonly orderWorkflowArn: string;
  readonly cooldownWorkflowArn: string;
}

export interface DeadLetterQueueAlarm {
  /** Alarm name suffix, e.g. `retry-dlq-not-empty`. */
  readonly id: string;
  readonly queueName: string;
  /** What it means and what to do. */
  readonly description: string;
}

interface AlarmSpec {
  readonly id: string;
  readonly description: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Record<string, string>;
  readonly statistic: 'Maximum' | 'Sum';
  readonly periodSeconds: number;
}

/**
 * Alarms that page the admin topic: a message in any dead-letter queue (orders, log batches,
 * notifications), forwarder errors, failed workflow executions, and circuit trips.
 */
export class Alarms extends Construct {
  public readonly alarms: Readonly<Record<string, CloudwatchMetricAlarm>>;

  constructor(scope: Construct, id: string, props: AlarmsProps) {
    super(scope, id);
    const specs: AlarmSpec[] = [
      ...props.deadLetterQueues.map(queueNotEmpty),
      {
        id: 'log-forwarder-errors',
        description: 'The Loki forwarder failed invocations (retried, then sent to its DLQ).',
        namespace: 'AWS/Lambda',
        metricName: 'Errors',
        dimensions: { FunctionName: props.forwarderFunctionName },
        statistic: 'Sum',
        periodSeconds: 300,
      },
      executionsFailed('order-workflow-failed', props.orderWorkflowArn, 'Order workflow executions failed.'),
      executionsFailed(
        'cooldown-workflow-failed',
        props.cooldownWorkflowArn,
        'Cool-down executions failed: a circuit may stay open.',
      ),
      {
        // Every trip (and every reopen after a failed probe) starts exactly one cool-down
        // execution named by its tripId, so its starts count circuit trips without parsing logs.
        id: 'circuit-tripped',
        description: 'The payment gateway circuit opened: orders are being queued.',
        namespace: 'AWS/States',
        metricName: 'ExecutionsStarted',
        dimensions: { StateMachineArn: props.cooldownWorkflowArn },
        statistic: 'Sum',
        periodSeconds: 60,
      },
    ];
    const alarms: Record<string, CloudwatchMetricAlarm> = {};
    for (const spec of specs) {
      alarms[spec.id] = new CloudwatchMetricAlarm(this, spec.id, {
        alarmName: `${props.prefix}-${spec.id}`,
        alarmDescription: spec.description,
        namespace: spec.namespace,
        metricName: spec.metricName,
        dimensions: spec.dimensions,
        statistic: spec.statistic,
        period: spec.periodSeconds,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: 'GreaterThanThreshold',
        treatMissingData: 'notBreaching',
        alarmActions: [props.adminTopicArn],
        okActions: [props.adminTopicArn],
      });
    }
    this.alarms = alarms;
  }
}

function queueNotEmpty({ id, queueName, description }: DeadLetterQueueAlarm): AlarmSpec {
  return {
    id,
    description,
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: queueName },
    statistic: 'Maximum',
    periodSeconds: 60,
  };
}

function executionsFailed(id: string, stateMachineArn: string, description: string): AlarmSpec {
  return {
    id,
    description,
    namespace: 'AWS/States',
    metricName: 'ExecutionsFailed',
    dimensions: { StateMachineArn: stateMachineArn },
    statistic: 'Sum',
    periodSeconds: 300,
  };
}
