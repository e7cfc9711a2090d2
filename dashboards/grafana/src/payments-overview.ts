import { DashboardBuilder, DashboardCursorSync, RowBuilder } from '@grafana/grafana-foundation-sdk/dashboard';
import { AdminAlertKind, LogService, METRIC_EMITTER, METRICS_NAMESPACE, MetricName } from '@unstoppable/core';
import { builtInAnnotations } from './annotations';
import { cloudwatchDatasourceVariable, lokiDatasourceVariable, VariableName } from './datasources';
import { LogQL } from './logql';
import { cloudwatchQuery, countsPanel, linesPanel, lokiQuery, metricPanel } from './panels';
import { envVariable, queueVariable } from './variables';

/** Stable uid: publishing again overwrites the same dashboard. */
export const PAYMENTS_OVERVIEW_UID = 'unstoppable-payments-overview';

// biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudWatch dynamic label for Grafana, not a JS template.
const QUEUE_NAME_LABEL = '${PROP("Dim.QueueName")}';

const processor = { service: LogService.orderProcessor };

/** The EMF order counts, each with its emitter's `service` dimension, and its legend. */
const ORDER_COUNTS = [
  [MetricName.OrdersPlaced, 'placed'],
  [MetricName.OrdersCaptured, 'captured'],
  [MetricName.OrdersDeclined, 'declined'],
  [MetricName.OrdersQueued, 'queued'],
  [MetricName.OrdersFailed, 'failed'],
] as const;

/** The circuit transitions the admin alerts report, by their `transition` dimension. */
const TRANSITION_COUNTS = [
  [AdminAlertKind.CircuitOpened, 'circuit opened'],
  [AdminAlertKind.CircuitClosed, 'circuit closed'],
] as const;

/** "Orders and circuit (EMF)": the services' own counts, Sum per period. */
function ordersAndCircuitPanel(id: number) {
  const panel = metricPanel(
    id,
    'Orders and circuit (EMF)',
    'EMF counts of the services: orders placed (order-api), captured and declined (order-processor), queued (retry-handler, one retry delay late), failed, and circuit trips and recoveries (notification-recorder, from the admin alerts).',
    'short',
  );
  const refIds = 'ABCDEFG';
  const targets = [
    ...ORDER_COUNTS.map(([metricName, label]) => ({
      metricName,
      label,
      dimensions: { service: METRIC_EMITTER[metricName] } as Record<string, string>,
    })),
    ...TRANSITION_COUNTS.map(([transition, label]) => ({
      metricName: MetricName.CircuitTransitions,
      label,
      dimensions: { service: METRIC_EMITTER.CircuitTransitions, transition } as Record<string, string>,
    })),
  ];
  for (const [index, target] of targets.entries()) {
    panel.withTarget(
      cloudwatchQuery({
        refId: refIds.charAt(index),
        namespace: METRICS_NAMESPACE,
        statistic: 'Sum',
        ...target,
      }),
    );
  }
  return panel;
}
const forwarder = { service: LogService.lokiForwarder };

/** "Payments overview": outcomes, errors, circuit transitions, queue depth, gateway latency. */
export function paymentsOverview(): DashboardBuilder {
  return new DashboardBuilder('Payments overview')
    .uid(PAYMENTS_OVERVIEW_UID)
    .description('Throughput, failures, circuit transitions and queue depth of the payment pipeline.')
    .tags(['payments', 'unstoppable'])
    .editable()
    .tooltip(DashboardCursorSync.Crosshair)
    .time({ from: 'now-6h', to: 'now' })
    .refresh('1m')
    .annotations(builtInAnnotations())
    .withVariable(lokiDatasourceVariable())
    .withVariable(cloudwatchDatasourceVariable())
    .withVariable(envVariable())
    .withVariable(queueVariable())
    .withRow(new RowBuilder('Orders').id(1))
    .withPanel(
      countsPanel(
        2,
        'Orders by outcome',
        'Charge attempts of order-processor: captured, or the classified error.',
      ).withTarget(lokiQuery('A', LogQL.ordersByOutcome, '{{outcome}}')),
    )
    .withPanel(
      metricPanel(3, 'Gateway latency', 'GatewayLatency (EMF) of order-processor: p50, p95, p99.', 'ms')
        .withTarget(
          cloudwatchQuery({
            refId: 'A',
            namespace: METRICS_NAMESPACE,
            metricName: 'GatewayLatency',
            dimensions: processor,
            statistic: 'p50',
            label: 'p50',
          }),
        )
        .withTarget(
          cloudwatchQuery({
            refId: 'B',
            namespace: METRICS_NAMESPACE,
            metricName: 'GatewayLatency',
            dimensions: processor,
            statistic: 'p95',
            label: 'p95',
          }),
        )
        .withTarget(
          cloudwatchQuery({
            refId: 'C',
            namespace: METRICS_NAMESPACE,
            metricName: 'GatewayLatency',
            dimensions: processor,
            statistic: 'p99',
            label: 'p99',
          }),
        ),
    )
    .withPanel(ordersAndCircuitPanel(11))
    .withRow(new RowBuilder('Failures and the circuit').id(4))
    .withPanel(
      countsPanel(
        5,
        'Error lines by service',
        'Error-level lines of each Lambda, and failure events of each workflow.',
      )
        .withTarget(lokiQuery('A', LogQL.errorLinesByService, '{{service}}'))
        .withTarget(lokiQuery('B', LogQL.workflowFailures, '{{service}} failures')),
    )
    .withPanel(
      countsPanel(
        6,
        'Circuit transitions',
        'Lines that report a new circuit state (circuitState), and the workflow states that write the circuit (visible when the workflows log at level ALL).',
      )
        .withTarget(lokiQuery('A', LogQL.circuitTransitionsLogged, '→ {{circuitState}}'))
        .withTarget(lokiQuery('B', LogQL.circuitStatesEntered, '{{details_name}}')),
    )
    .withRow(new RowBuilder('Queue and log delivery').id(7))
    .withPanel(
      metricPanel(
        8,
        'Queue depth',
        'Visible messages in the retry queue and its dead-letter queue.',
        'short',
      ).withTarget(
        cloudwatchQuery({
          refId: 'A',
          namespace: 'AWS/SQS',
          metricName: 'ApproximateNumberOfMessagesVisible',
          dimensions: { QueueName: `$${VariableName.queue}` },
          statistic: 'Maximum',
          label: QUEUE_NAME_LABEL,
        }),
      ),
    )
    .withPanel(
      metricPanel(
        9,
        'Log delivery to Loki',
        'Entries the loki-forwarder sent and dropped, and invocations that failed.',
        'short',
      )
        .withTarget(
          cloudwatchQuery({
            refId: 'A',
            namespace: METRICS_NAMESPACE,
            metricName: 'EntriesSent',
            dimensions: forwarder,
            statistic: 'Sum',
            label: 'sent',
          }),
        )
        .withTarget(
          cloudwatchQuery({
            refId: 'B',
            namespace: METRICS_NAMESPACE,
            metricName: 'EntriesDropped',
            dimensions: forwarder,
            statistic: 'Sum',
            label: 'dropped',
          }),
        )
        .withTarget(
          cloudwatchQuery({
            refId: 'C',
            namespace: METRICS_NAMESPACE,
            metricName: 'PushFailures',
            dimensions: forwarder,
            statistic: 'Sum',
            label: 'failed invocations',
          }),
        ),
    )
    .withPanel(
      linesPanel(10, 'Recent errors', 'Latest error-level lines of every service.', LogQL.recentErrors),
    );
}
