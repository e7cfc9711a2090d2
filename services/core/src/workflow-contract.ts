import type { Currency } from './currencies';
import type { Order } from './order';

/**
 * What the order workflow carries about an order. No payment token: the worker reads it from
 * the orders table, so tokens never appear in execution input or history (DESIGN invariant 7).
 */
export type WorkflowOrder = Pick<Order, 'orderId' | 'customer' | 'amount' | 'currency' | 'attempt'>;

/** Input of one order-workflow execution (also the body of a retry-queue message). */
export interface OrderWorkflowInput {
  readonly order: WorkflowOrder;
}

/**
 * String message attribute the order workflow sets on each retry message it sends (one per queue
 * round trip, value `RETRY_MESSAGE_FROM_WORKFLOW`). The retry handler's re-delayed copies do not
 * carry it, so the handler can count each queued order once (`OrdersQueued`).
 */
export const RETRY_MESSAGE_ORIGIN_ATTRIBUTE = 'queuedBy';

/** Value of `RETRY_MESSAGE_ORIGIN_ATTRIBUTE` on the order workflow's retry messages. */
export const RETRY_MESSAGE_FROM_WORKFLOW = 'order-workflow';

/** Payload the order workflow sends to the payment worker (`lambda:invoke`). */
export interface ChargeInvocation {
  readonly orderId: string;
  readonly attempt: number;
  /** `$$.Execution.Name`, logged as a key. */
  readonly executionName: string;
  /**
   * Only look up what the gateway holds for this order (no charge): the order workflow's last
   * check before it gives an order up, so that a payment captured by an attempt whose answer was
   * lost (a worker crash, a timeout) completes the order instead of leaving it FAILED.
   */
  readonly lookup?: boolean;
}

/** What the payment worker returns for a captured payment. */
export interface ChargeResult {
  readonly orderId: string;
  readonly chargeId: string;
  readonly status: 'CAPTURED';
  readonly amount: number;
  readonly currency: Currency;
  /** The amount for people (`"24.00 EUR"`), for the customer's confirmation. */
  readonly amountDisplay: string;
}

/** Input of one cool-down execution (named by `tripId`). */
export interface CooldownWorkflowInput {
  readonly circuitId: string;
  readonly tripId: string;
  /** Opens in a row; picks the (growing, capped) cool-down. */
  readonly consecutiveOpens: number;
}

/** Execution name of attempt `n` of an order: `<orderId>` for the first, `<orderId>-a<n>` after. */
export function orderExecutionName(orderId: string, attempt: number): string {
  return attempt <= 1 ? orderId : `${orderId}-a${attempt}`;
}
