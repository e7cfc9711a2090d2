import type { Currency } from './currencies';
import type { OrderStatus } from './order-status';

export interface OrderItem {
  readonly sku: string;
  readonly quantity: number;
  /** Minor units. */
  readonly unitPrice: number;
}

export interface StatusChange {
  readonly status: OrderStatus;
  readonly at: string;
  readonly attempt: number;
  readonly error?: string;
}

/** An order as stored in the orders table and passed to the workflow and the payment worker. */
export interface Order {
  readonly orderId: string;
  readonly customer: { readonly id: string; readonly email: string };
  readonly items: readonly OrderItem[];
  /** Integer minor units of `currency`. */
  readonly amount: number;
  readonly currency: Currency;
  /** Gateway token; never a card number, never logged. */
  readonly paymentToken: string;
  readonly status: OrderStatus;
  /** 1 for the first workflow execution, +1 per queue round trip. */
  readonly attempt: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastError?: string;
  readonly chargeId?: string;
  readonly declineReason?: string;
  readonly history: readonly StatusChange[];
}

/** The part of an order the payment worker needs. */
export type ChargeRequest = Pick<Order, 'orderId' | 'amount' | 'currency' | 'paymentToken'> & {
  readonly attempt?: number;
};
