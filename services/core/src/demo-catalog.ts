import type { Currency } from './currencies';

/** A product of the demo shop: what the local stack seeds, the store page lists and the CLI orders. */
export interface Product {
  readonly sku: string;
  readonly name: string;
  /** Minor units of `currency`. */
  readonly unitPrice: number;
  readonly currency: Currency;
}

/** The demo shop's catalog (prices in EUR cents). */
export const DEMO_CATALOG: readonly Product[] = [
  { sku: 'TSHIRT-BREAKER', name: 'Circuit Breaker T-shirt', unitPrice: 2500, currency: 'EUR' },
  { sku: 'MUG-RETRY', name: 'Retry Queue Mug', unitPrice: 1200, currency: 'EUR' },
  { sku: 'HOODIE-OPEN', name: 'Half-Open Hoodie', unitPrice: 5900, currency: 'EUR' },
  { sku: 'STICKERS-5XX', name: '5xx Sticker Pack', unitPrice: 450, currency: 'EUR' },
  { sku: 'CAP-BACKOFF', name: 'Exponential Backoff Cap', unitPrice: 1900, currency: 'EUR' },
];

/** A payment token the simulated gateway accepts (any `tok_` token does). */
export const DEMO_PAYMENT_TOKEN = 'tok_demo4242visa';
