import {
  type ChargeInvocation,
  type ChargeResult,
  InvalidPaymentRequestError,
  ORDER_ID_PATTERN,
  PaymentDeclinedError,
  validate,
} from '@unstoppable/core';
import * as z from 'zod';
import type { GatewayOutcome, PaymentGateway } from './gateway/payment-gateway';
import type { PayableOrder } from './order-reader';

const chargeInvocationSchema = z.strictObject({
  orderId: z.string().regex(ORDER_ID_PATTERN, { error: 'must be a valid order id' }),
  attempt: z.number().int().min(1, { error: 'must be a whole number >= 1' }),
  executionName: z.string().min(1).max(80),
  lookup: z.boolean().optional(),
});

export interface ChargeOrderDeps {
  readonly orders: { find(orderId: string): Promise<PayableOrder | undefined> };
  readonly gateway: PaymentGateway;
  /** Told of each gateway call's duration and outcome, for metrics. */
  readonly onGatewayCall?: (durationMs: number, outcome: 'CAPTURED' | 'DECLINED' | 'ERROR') => void;
}

/** Checks the workflow's payload; names the fields at fault. */
export function parseChargeInvocation(payload: unknown): ChargeInvocation {
  const result = validate(chargeInvocationSchema, payload);
  if (!result.ok) {
    const fields = result.errors.map((error) => error.field);
    throw new InvalidPaymentRequestError(
      `invalid charge request: ${result.errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
      fields,
    );
  }
  return result.value;
}

/** What the idempotent charge stores and replays; the worker adds the display amount to it. */
export type Capture = Omit<ChargeResult, 'amountDisplay'>;

/** The order the invocation names; InvalidPaymentRequest when it does not exist. */
async function payableOrder(invocation: ChargeInvocation, deps: ChargeOrderDeps): Promise<PayableOrder> {
  const order = await deps.orders.find(invocation.orderId);
  if (!order) {
    throw new InvalidPaymentRequestError(`order ${invocation.orderId} does not exist`, ['orderId']);
  }
  return order;
}

/** A gateway outcome for the order as the worker answers it: the capture, or PaymentDeclined. */
function captureOf(order: PayableOrder, outcome: GatewayOutcome): Capture {
  if (outcome.outcome === 'DECLINED') throw new PaymentDeclinedError(outcome.declineReason, order.orderId);
  return {
    orderId: order.orderId,
    chargeId: outcome.chargeId,
    status: 'CAPTURED',
    amount: order.amount,
    currency: order.currency,
  };
}

/**
 * Charges one order through the gateway, keyed by the order id so a repeated call never
 * charges twice. Resolves with the capture; throws PaymentDeclined, a technical gateway error,
 * or InvalidPaymentRequest.
 */
export async function chargeOrder(invocation: ChargeInvocation, deps: ChargeOrderDeps): Promise<Capture> {
  const order = await payableOrder(invocation, deps);
  const started = performance.now();
  try {
    const outcome = await deps.gateway.charge({
      idempotencyKey: order.orderId,
      orderId: order.orderId,
      amount: order.amount,
      currency: order.currency,
      paymentToken: order.paymentToken,
    });
    deps.onGatewayCall?.(performance.now() - started, outcome.outcome);
    return captureOf(order, outcome);
  } catch (error) {
    if (!(error instanceof PaymentDeclinedError)) deps.onGatewayCall?.(performance.now() - started, 'ERROR');
    throw error;
  }
}

/** The lookup found no capture for the order: the gateway never charged it. */
export class ChargeNotFoundError extends Error {
  override readonly name = 'ChargeNotFound';
}

/**
 * Looks up what the gateway did for the order (keyed by the order id, as {@link chargeOrder}
 * charges it) without charging: resolves with the capture; throws PaymentDeclined for a recorded
 * decline, ChargeNotFound when there is nothing, or the gateway's technical error.
 */
export async function lookUpCharge(invocation: ChargeInvocation, deps: ChargeOrderDeps): Promise<Capture> {
  const order = await payableOrder(invocation, deps);
  const outcome = await deps.gateway.find(order.orderId);
  if (!outcome) throw new ChargeNotFoundError(`the gateway holds no charge for order ${order.orderId}`);
  return captureOf(order, outcome);
}
