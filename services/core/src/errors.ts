/**
 * Stable error names: the contract between the payment Lambda (which throws them) and the
 * order workflow (whose Retry/Catch match them). Never rename one without changing both.
 */
export const PaymentErrorName = {
  /** The gateway refused the payment (card declined, insufficient funds): a healthy answer. */
  PaymentDeclined: 'PaymentDeclined',
  /** The gateway could not be reached or answered 5xx. */
  GatewayUnavailable: 'GatewayUnavailable',
  /** The gateway did not answer in time. */
  GatewayTimeout: 'GatewayTimeout',
  /** The gateway rate-limited the call. */
  GatewayThrottled: 'GatewayThrottled',
  /** The worker got a request it cannot charge (a bug upstream): retrying will not help. */
  InvalidPaymentRequest: 'InvalidPaymentRequest',
} as const;

export type PaymentErrorName = (typeof PaymentErrorName)[keyof typeof PaymentErrorName];

/** Declines: the order ends DECLINED and the circuit is not charged with a failure. */
export const DECLINE_ERRORS = [PaymentErrorName.PaymentDeclined] as const;

/** Technical failures of the gateway: retried in place, then counted against the circuit. */
export const GATEWAY_TECHNICAL_ERRORS = [
  PaymentErrorName.GatewayUnavailable,
  PaymentErrorName.GatewayTimeout,
  PaymentErrorName.GatewayThrottled,
] as const;

/** Lambda service errors Step Functions reports for an invoke; technical as well. */
export const LAMBDA_SERVICE_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.Unknown',
] as const;

/** Errors that will not heal by retrying; the order ends FAILED and admins are alerted. */
export const NON_RETRYABLE_ERRORS = [PaymentErrorName.InvalidPaymentRequest] as const;

/** Step Functions' own error names used in Retry/Catch. */
export const StatesError = {
  ALL: 'States.ALL',
  Timeout: 'States.Timeout',
  TaskFailed: 'States.TaskFailed',
} as const;

export type PaymentErrorKind = 'decline' | 'technical' | 'invalid';

const KIND_BY_NAME: Record<PaymentErrorName, PaymentErrorKind> = {
  PaymentDeclined: 'decline',
  GatewayUnavailable: 'technical',
  GatewayTimeout: 'technical',
  GatewayThrottled: 'technical',
  InvalidPaymentRequest: 'invalid',
};

/** Base class of every classified payment error; `name` is the stable name above. */
export abstract class PaymentError extends Error {
  abstract override readonly name: PaymentErrorName;

  get kind(): PaymentErrorKind {
    return KIND_BY_NAME[this.name];
  }
}

export class PaymentDeclinedError extends PaymentError {
  override readonly name = PaymentErrorName.PaymentDeclined;
  constructor(
    readonly reason: string,
    readonly orderId: string,
  ) {
    // The reason alone: the order workflow stores it and shows it to the customer.
    super(reason);
  }
}

export class GatewayUnavailableError extends PaymentError {
  override readonly name = PaymentErrorName.GatewayUnavailable;
}

export class GatewayTimeoutError extends PaymentError {
  override readonly name = PaymentErrorName.GatewayTimeout;
}

export class GatewayThrottledError extends PaymentError {
  override readonly name = PaymentErrorName.GatewayThrottled;
}

export class InvalidPaymentRequestError extends PaymentError {
  override readonly name = PaymentErrorName.InvalidPaymentRequest;
  constructor(
    message: string,
    readonly fields: readonly string[],
  ) {
    super(message);
  }
}

/** Classifies any error name as Step Functions would see it; unknown errors count as technical. */
export function classifyErrorName(name: string): PaymentErrorKind {
  return name in KIND_BY_NAME ? KIND_BY_NAME[name as PaymentErrorName] : 'technical';
}
