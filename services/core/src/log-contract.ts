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
  /** Outcome of one charge attempt, logged once per attempt by the payment worker. */
  outcome: 'outcome',
  /** Milliseconds the gateway call took, logged with the outcome line. */
  gatewayLatencyMs: 'gatewayLatencyMs',
  /** Circuit state a line reports a transition to (admin actions, workflow observers). */
  circuitState: 'circuitState',
} as const;

export type LogKey = (typeof LogKey)[keyof typeof LogKey];

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
