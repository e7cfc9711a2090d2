import type { Currency, Product } from '@unstoppable/core';

/** One line of the cart: a product and how many of it. */
export interface CartLine {
  readonly sku: string;
  readonly quantity: number;
}

export type Cart = readonly CartLine[];

/** Most of one product a cart line holds (the API accepts up to 1000 per item). */
export const MAX_LINE_QUANTITY = 1000;

/** A cart line joined with its product, for display and totals. */
export interface PricedLine {
  readonly product: Product;
  readonly quantity: number;
  /** Minor units. */
  readonly lineTotal: number;
}

const clampQuantity = (quantity: number): number =>
  Math.min(MAX_LINE_QUANTITY, Math.max(0, Math.trunc(Number.isFinite(quantity) ? quantity : 0)));

/** Adds `quantity` (default 1) of a product; the line keeps its place, a new line goes last. */
export function addToCart(cart: Cart, sku: string, quantity = 1): Cart {
  const existing = cart.find((line) => line.sku === sku);
  if (!existing) {
    const added = clampQuantity(quantity);
    return added > 0 ? [...cart, { sku, quantity: added }] : cart;
  }
  return setQuantity(cart, sku, existing.quantity + quantity);
}

/** Sets a line's quantity (whole numbers, at most MAX_LINE_QUANTITY); 0 or less removes the line. */
export function setQuantity(cart: Cart, sku: string, quantity: number): Cart {
  const next = clampQuantity(quantity);
  if (next === 0) return removeFromCart(cart, sku);
  return cart.map((line) => (line.sku === sku ? { sku, quantity: next } : line));
}

export function removeFromCart(cart: Cart, sku: string): Cart {
  return cart.filter((line) => line.sku !== sku);
}

/** The cart's lines with their products; lines whose product is not in the catalog are left out. */
export function pricedLines(cart: Cart, catalog: readonly Product[]): PricedLine[] {
  return cart.flatMap((line) => {
    const product = catalog.find((candidate) => candidate.sku === line.sku);
    return product
      ? [{ product, quantity: line.quantity, lineTotal: product.unitPrice * line.quantity }]
      : [];
  });
}

/** Total in minor units and the cart's currency (undefined for an empty cart). */
export function cartTotal(
  cart: Cart,
  catalog: readonly Product[],
): { amount: number; currency: Currency } | undefined {
  const lines = pricedLines(cart, catalog);
  const first = lines[0];
  if (!first) return undefined;
  return {
    amount: lines.reduce((sum, line) => sum + line.lineTotal, 0),
    currency: first.product.currency,
  };
}

/** Number of items in the cart (sum of quantities). */
export function cartCount(cart: Cart): number {
  return cart.reduce((sum, line) => sum + line.quantity, 0);
}
