import { DEMO_CATALOG, type Product } from '@unstoppable/core';
import {
  addToCart,
  cartCount,
  cartTotal,
  MAX_LINE_QUANTITY,
  pricedLines,
  removeFromCart,
  setQuantity,
} from '../../../src/cart/cart';

const catalog: readonly Product[] = [
  { sku: 'MUG-RETRY', name: 'Mug', unitPrice: 1200, currency: 'EUR' },
  { sku: 'CAP-BACKOFF', name: 'Cap', unitPrice: 1900, currency: 'EUR' },
];

describe('cart', () => {
  it('adds a new line last and increments an existing one in place', () => {
    let cart = addToCart([], 'MUG-RETRY');
    cart = addToCart(cart, 'CAP-BACKOFF');
    cart = addToCart(cart, 'MUG-RETRY', 2);
    expect(cart).toEqual([
      { sku: 'MUG-RETRY', quantity: 3 },
      { sku: 'CAP-BACKOFF', quantity: 1 },
    ]);
    expect(cartCount(cart)).toBe(4);
  });

  it('sets whole quantities, caps them, and removes a line set to zero', () => {
    const cart = [{ sku: 'MUG-RETRY', quantity: 1 }];
    expect(setQuantity(cart, 'MUG-RETRY', 4.7)).toEqual([{ sku: 'MUG-RETRY', quantity: 4 }]);
    expect(setQuantity(cart, 'MUG-RETRY', 5000)).toEqual([{ sku: 'MUG-RETRY', quantity: MAX_LINE_QUANTITY }]);
    expect(setQuantity(cart, 'MUG-RETRY', 0)).toEqual([]);
    expect(setQuantity(cart, 'MUG-RETRY', Number.NaN)).toEqual([]);
    expect(addToCart([], 'MUG-RETRY', 0)).toEqual([]);
  });

  it('removes a line', () => {
    const cart = [
      { sku: 'MUG-RETRY', quantity: 1 },
      { sku: 'CAP-BACKOFF', quantity: 2 },
    ];
    expect(removeFromCart(cart, 'MUG-RETRY')).toEqual([{ sku: 'CAP-BACKOFF', quantity: 2 }]);
  });

  it('prices lines from the catalog and skips unknown products', () => {
    const cart = [
      { sku: 'MUG-RETRY', quantity: 2 },
      { sku: 'GONE', quantity: 1 },
      { sku: 'CAP-BACKOFF', quantity: 1 },
    ];
    expect(pricedLines(cart, catalog).map((line) => [line.product.sku, line.lineTotal])).toEqual([
      ['MUG-RETRY', 2400],
      ['CAP-BACKOFF', 1900],
    ]);
    expect(cartTotal(cart, catalog)).toEqual({ amount: 4300, currency: 'EUR' });
    expect(cartTotal([], catalog)).toBeUndefined();
  });

  it('works with the demo catalog', () => {
    const first = DEMO_CATALOG[0];
    if (!first) throw new Error('the demo catalog is empty');
    expect(cartTotal(addToCart([], first.sku, 2), DEMO_CATALOG)).toEqual({
      amount: first.unitPrice * 2,
      currency: first.currency,
    });
  });
});
