import type { Currency } from '@unstoppable/core';

/** A charge as sent to the gateway; the idempotency key makes a repeated call harmless. */
export interface GatewayChargeRequest {
  readonly idempotencyKey: string;
  readonly orderId: string;
  readonly amount: number;
  readonly currency: Currency;
  readonly paymentToken: string;
}

/** The gateway's answer to a charge it processed. */
export type GatewayOutcome =
  | { readonly outcome: 'CAPTURED'; readonly chargeId: string }
  | { readonly outcome: 'DECLINED'; readonly chargeId: string; readonly declineReason: string };

/**
 * Port to the payment gateway. Implementations resolve with the outcome (a decline is an
 * outcome, not an error) and throw the classified technical errors of @unstoppable/core.
 */
export interface PaymentGateway {
  charge(request: GatewayChargeRequest): Promise<GatewayOutcome>;
  /** What the gateway did for this idempotency key, if anything; never charges. */
  find(idempotencyKey: string): Promise<GatewayOutcome | undefined>;
}
