import type { FieldError, Product } from '@unstoppable/core';
import type { PlaceOrderRequest } from '../api/api-client';
import { type Cart, pricedLines } from '../cart/cart';
import { InputError } from '../errors';

/** What the shopper types at checkout. The name is sent as the customer id (the API has no name field). */
export interface CustomerDetails {
  readonly name: string;
  readonly email: string;
}

/** Longest customer id the API accepts. */
export const MAX_CUSTOMER_ID_LENGTH = 64;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Builds the `POST /orders` body from the cart: items at catalog prices, the amount as their sum.
 * Throws an InputError naming each field at fault with the API's field names (`customer.id`,
 * `customer.email`, `paymentToken`, `items`), so API and local errors show in the same place.
 */
export function buildOrderRequest(
  cart: Cart,
  customer: CustomerDetails,
  paymentToken: string,
  catalog: readonly Product[],
): PlaceOrderRequest {
  const errors: FieldError[] = [];
  const name = customer.name.trim();
  const email = customer.email.trim();
  const token = paymentToken.trim();
  if (name === '') errors.push({ field: 'customer.id', rule: 'required', message: 'Enter your name' });
  if (name.length > MAX_CUSTOMER_ID_LENGTH) {
    errors.push({
      field: 'customer.id',
      rule: 'too_long',
      message: `Use at most ${MAX_CUSTOMER_ID_LENGTH} characters`,
    });
  }
  if (!EMAIL_PATTERN.test(email)) {
    errors.push({
      field: 'customer.email',
      rule: 'invalid_format',
      message: 'Enter an email like ada@example.com',
    });
  }
  if (token === '')
    errors.push({ field: 'paymentToken', rule: 'required', message: 'Enter a payment token' });
  const lines = pricedLines(cart, catalog);
  if (lines.length === 0)
    errors.push({ field: 'items', rule: 'required', message: 'Add a product to the cart' });
  const currencies = new Set(lines.map((line) => line.product.currency));
  if (currencies.size > 1) {
    errors.push({ field: 'currency', rule: 'mixed', message: 'All products must be priced in one currency' });
  }
  const first = lines[0];
  if (errors.length > 0 || !first) throw new InputError(errors);
  return {
    customer: { id: name, email },
    items: lines.map(({ product, quantity }) => ({
      sku: product.sku,
      quantity,
      unitPrice: product.unitPrice,
    })),
    amount: lines.reduce((sum, line) => sum + line.lineTotal, 0),
    currency: first.product.currency,
    paymentToken: token,
  };
}
