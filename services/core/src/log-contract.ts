import { orderExecutionName } from './workflow-contract';

/**
 * The logging contract shared by the Lambdas (Powertools `serviceName`), infra (log group names),
 * the Loki forwarder (which derives the `service` label from the log group) and the Grafana
 * dashboards (which query by `service` and by the JSON keys below).
 */
export const LogService = {
  /** The payment worker, as on-call knows it. */
  orderProcessor: 'order-processor',
  orderApi: 'order-api',
  retryHandler: 'retry-handler',
  notificationRecorder: 'notification-recorder',
  lokiForwarder: 'loki-forwarder',
  orderWorkflow: 'order-workflow',
  cooldownWorkflow: 'cooldown-workflow',
} as const;

export type LogService = (typeof LogService)[keyof typeof LogService];

/** Every `service` label value, Lambdas first, then the workflows. */
export const LOG_SERVICES = Object.values(LogService) as readonly LogService[];

/** The Step Functions workflows: their log groups carry execution history events, not Powertools lines. */
export const WORKFLOW_LOG_SERVICES = [LogService.orderWorkflow, LogService.cooldownWorkflow] as const;

/**
 * Top-level keys of the JSON log lines (Powertools Logger output) that the forwarder and the
 * dashboards read. Services log them as persistent or per-line keys.
 */
export const LogKey = {
  service: 'service',
  level: 'level',
  message: 'message',
  /** Powertools' Lambda request id. */
  requestId: 'function_request_id',
  /** Powertools' X-Ray trace id. */
  traceId: 'xray_trace_id',
  orderId: 'orderId',
  executionName: 'executionName',
  /** Classified error name (`PaymentErrorName`) on a line about a failed charge. */
  errorName: 'errorName',
  /** Circuit state a line reports a transition to (admin reset / force-open, any observer). */
  circuitState: 'circuitState',
} as const;

export type LogKey = (typeof LogKey)[keyof typeof LogKey];

/** The keys of a log line about one attempt of an order (a type, so it fits `Record<string, string>`). */
export type OrderLogKeys = {
  readonly orderId: string;
  readonly executionName: string;
};

/**
 * `{ orderId, executionName }` of attempt `attempt` of an order (`executionName` as
 * `orderExecutionName` names the attempt's workflow execution), for lines about that attempt.
 *
 * @example
 * logger.info('order attempt started', { ...orderLogKeys('shop-0001', 2) });
 * // orderId: 'shop-0001', executionName: 'shop-0001-a2'
 */
export function orderLogKeys(orderId: string, attempt: number): OrderLogKeys {
  return { [LogKey.orderId]: orderId, [LogKey.executionName]: orderExecutionName(orderId, attempt) };
}

/** `message` of the payment worker's one line per charge attempt; the dashboards count them by outcome. */
export const ChargeLogMessage = {
  captured: 'payment captured',
  /** Carries `errorName`: PaymentDeclined, a gateway technical error, InvalidPaymentRequest. */
  notCaptured: 'payment not captured',
  /** The last-attempt lookup found a capture: the order completes with it. */
  foundByLookup: 'payment found by lookup',
  /** Carries `errorName`: the lookup found no capture (`ChargeNotFound`), a decline, or failed. */
  notFoundByLookup: 'no payment found by lookup',
} as const;

/** CloudWatch namespace of every EMF metric the services emit (Powertools Metrics `namespace`). */
export const METRICS_NAMESPACE = 'UnstoppablePayments';

/** Log group of a Lambda whose function is named `<prefix>-<service>`. */
export function lambdaLogGroupName(prefix: string, service: LogService): string {
  return `/aws/lambda/${prefix}-${service}`;
}

/** Log group of a state machine named `<prefix>-<workflow>` (the `vendedlogs` path avoids policy-size limits). */
export function stateMachineLogGroupName(
  prefix: string,
  workflow: (typeof WORKFLOW_LOG_SERVICES)[number],
): string {
  return `/aws/vendedlogs/states/${prefix}-${workflow}`;
}
