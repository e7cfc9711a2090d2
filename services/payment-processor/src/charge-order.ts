import {
  type ChargeInvocation,
  type ChargeResult,
  InvalidPaymentRequestError,
  ORDER_ID_PATTERN,
  PaymentDeclinedError,
  validate,
} from '@unstoppable/core';
import * as z from 'zod';
import type { PaymentGateway } from './gateway/payment-gateway';
import type { PayableOrder } from './order-reader';

const chargeInvocationSchema = z.strictObject({
  orderId: z.string().regex(ORDER_ID_PATTERN, { error: 'must be a valid order id' }),
  attempt: z.number().int().min(1, { error: 'must be a whole number >= 1' }),
  executionName: z.string().min(1).max(80),
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

/**
 * Charges one order through the gateway, keyed by the order id so a repeated call never
 * charges twice. Resolves with the capture; throws PaymentDeclined, a technical gateway error,
 * or InvalidPaymentRequest.
 */
export async function chargeOrder(invocation: ChargeInvocation, deps: ChargeOrderDeps): Promise<Capture> {
  const order = await deps.orders.find(invocation.orderId);
  if (!order) {
    throw new InvalidPaymentRequestError(`order ${invocation.orderId} does not exist`, ['orderId']);
  }
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
    if (outcome.outcome === 'DECLINED') throw new PaymentDeclinedError(outcome.declineReason, order.orderId);
    return {
      orderId: order.orderId,
      chargeId: outcome.chargeId,
      status: 'CAPTURED',
      amount: order.amount,
      currency: order.currency,
    };
  } catch (error) {
    if (!(error instanceof PaymentDeclinedError)) deps.onGatewayCall?.(performance.now() - started, 'ERROR');
    throw error;
  }
}
