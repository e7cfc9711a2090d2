/**
 * Kinds of the alerts the workflows publish to the admin topic. Every `sns:publish` task of the
 * workflows sends its kind as the String message attribute `alertKind` (`ALERT_KIND_ATTRIBUTE`),
 * so subscribers (the notification recorder's metrics, an e-mail filter policy) never parse the
 * alert's text.
 */
export const AdminAlertKind = {
  /** The order workflow tripped the circuit CLOSED -> OPEN (one alert per trip). */
  CircuitOpened: 'CircuitOpened',
  /** A probe succeeded and closed the circuit HALF_OPEN -> CLOSED: the gateway recovered (one per trip). */
  CircuitClosed: 'CircuitClosed',
  /** A trip's cool-down could not start: the circuit stays OPEN until an admin resets it. */
  CooldownNotStarted: 'CooldownNotStarted',
  /** The cool-down could not move the circuit OPEN -> HALF_OPEN: it stays OPEN. */
  HalfOpenFailed: 'HalfOpenFailed',
  /** The probe watcher stopped while the circuit was still HALF_OPEN without a verdict. */
  ProbeWatchStopped: 'ProbeWatchStopped',
  /** An order could not be sent to the retry queue: it needs manual handling. */
  OrderNotQueued: 'OrderNotQueued',
  /** An order ended FAILED: attempts exhausted, or a request retrying cannot fix (InvalidPaymentRequest). */
  OrderFailed: 'OrderFailed',
} as const;

export type AdminAlertKind = (typeof AdminAlertKind)[keyof typeof AdminAlertKind];

/** Every alert kind, in declaration order. */
export const ADMIN_ALERT_KINDS = Object.values(AdminAlertKind) as readonly AdminAlertKind[];

/** Name of the SNS message attribute (DataType `String`) that carries an admin alert's kind. */
export const ALERT_KIND_ATTRIBUTE = 'alertKind';

/**
 * Alert kinds that report a circuit state change; each counts once in `CircuitTransitions` with
 * the kind as its `transition` dimension: the trip and the recovery. A reopen after a failed probe
 * is not alerted (the trip's alert already said the gateway is down), so it shows in the logs
 * only; an admin's reset or force-open is counted by the order API that performs it.
 */
export const CIRCUIT_TRANSITION_ALERTS = [
  AdminAlertKind.CircuitOpened,
  AdminAlertKind.CircuitClosed,
] as const satisfies readonly AdminAlertKind[];

/** Alert kinds that report an order ending FAILED; each counts once in `OrdersFailed`. */
export const ORDER_FAILED_ALERTS = [AdminAlertKind.OrderFailed] as const satisfies readonly AdminAlertKind[];

/** True when `value` is one of the admin alert kinds. */
export function isAdminAlertKind(value: unknown): value is AdminAlertKind {
  return typeof value === 'string' && (ADMIN_ALERT_KINDS as readonly string[]).includes(value);
}
