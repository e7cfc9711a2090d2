import { LogService } from './log-contract';

/**
 * Names of the CloudWatch EMF metrics the Lambdas emit through Powertools Metrics, in namespace
 * `METRICS_NAMESPACE`, each with the `service` dimension set to its emitter's `LogService`
 * (`METRIC_EMITTER`). Services, dashboards and alarms import them from here.
 */
export const MetricName = {
  /** order-processor: milliseconds of one gateway call (every outcome). */
  GatewayLatency: 'GatewayLatency',
  /** order-processor: a charge captured, so the order completes. Counted once per capture: an idempotent replay is not counted again. */
  OrdersCaptured: 'OrdersCaptured',
  /** order-processor: a charge declined (the order ends DECLINED). */
  OrdersDeclined: 'OrdersDeclined',
  /** order-processor: an invalid charge request (InvalidPaymentRequest: the order ends FAILED). */
  OrdersRejected: 'OrdersRejected',
  /** order-processor: a charge that failed technically (retried in place, then the order is queued). */
  ChargeTechnicalErrors: 'ChargeTechnicalErrors',
  /** order-api: a new order stored and its workflow started or attempted (idempotent replays excluded). */
  OrdersPlaced: 'OrdersPlaced',
  /**
   * retry-handler: an order the workflow queued (one per queue round trip), counted when its retry
   * message first arrives, i.e. one retry delay after the order was queued.
   */
  OrdersQueued: 'OrdersQueued',
  /** retry-handler: a queued order's next attempt started. */
  QueuedOrdersResubmitted: 'QueuedOrdersResubmitted',
  /** retry-handler: a queued order pushed back with a delay because the circuit holds retries back (OPEN, FORCED_OPEN, or HALF_OPEN with a probe in flight). */
  QueuedOrdersRedelayed: 'QueuedOrdersRedelayed',
  /** notification-recorder: a circuit transition alert; dimension `transition` = the alert kind. */
  CircuitTransitions: 'CircuitTransitions',
  /** notification-recorder: an order that ended FAILED (its admin alert was recorded). */
  OrdersFailed: 'OrdersFailed',
  /** loki-forwarder: log entries Loki accepted. */
  EntriesSent: 'EntriesSent',
  /** loki-forwarder: entries dropped; the total, and once more per `reason` dimension. */
  EntriesDropped: 'EntriesDropped',
  /** loki-forwarder: lines cut to Loki's line limit. */
  EntriesTruncated: 'EntriesTruncated',
  /** loki-forwarder: push attempts retried after 429, 5xx or a network error. */
  PushRetries: 'PushRetries',
  /** loki-forwarder: invocations that threw (their events went to the on-failure destination). */
  PushFailures: 'PushFailures',
} as const;

export type MetricName = (typeof MetricName)[keyof typeof MetricName];

/** Every metric name, in declaration order. */
export const METRIC_NAMES = Object.values(MetricName) as readonly MetricName[];

/** Dimension names of the EMF metrics (`service` is Powertools' default dimension). */
export const MetricDimension = {
  service: 'service',
  /** `CircuitTransitions`: the alert kind that reported the transition. */
  transition: 'transition',
  /** `EntriesDropped`: why the forwarder dropped entries. */
  reason: 'reason',
} as const;

export type MetricDimension = (typeof MetricDimension)[keyof typeof MetricDimension];

/** The service that emits each metric: the value of its `service` dimension. */
export const METRIC_EMITTER: Readonly<Record<MetricName, LogService>> = {
  GatewayLatency: LogService.orderProcessor,
  OrdersCaptured: LogService.orderProcessor,
  OrdersDeclined: LogService.orderProcessor,
  OrdersRejected: LogService.orderProcessor,
  ChargeTechnicalErrors: LogService.orderProcessor,
  OrdersPlaced: LogService.orderApi,
  OrdersQueued: LogService.retryHandler,
  QueuedOrdersResubmitted: LogService.retryHandler,
  QueuedOrdersRedelayed: LogService.retryHandler,
  CircuitTransitions: LogService.notificationRecorder,
  OrdersFailed: LogService.notificationRecorder,
  EntriesSent: LogService.lokiForwarder,
  EntriesDropped: LogService.lokiForwarder,
  EntriesTruncated: LogService.lokiForwarder,
  PushRetries: LogService.lokiForwarder,
  PushFailures: LogService.lokiForwarder,
};

/** The metrics one service emits, in declaration order. */
export function metricsEmittedBy(service: LogService): MetricName[] {
  return METRIC_NAMES.filter((name) => METRIC_EMITTER[name] === service);
}
