import type { Product } from '@unstoppable/core';
import { priceErrors } from '../../src/orders/price-check';

const prices = new Map<string, Product>([
  ['MUG-RETRY', { sku: 'MUG-RETRY', name: 'Mug', unitPrice: 1200, currency: 'EUR' }],
  ['CAP-USD', { sku: 'CAP-USD', name: 'Cap', unitPrice: 1900, currency: 'USD' }],
]);
const item = (sku: string, unitPrice: number) => ({ sku, quantity: 1, unitPrice });

describe('priceErrors', () => {
  it('accepts items at their catalog price and currency', () => {
    expect(priceErrors({ currency: 'EUR', items: [item('MUG-RETRY', 1200)] }, prices)).toEqual([]);
  });

  it('names each item whose price differs from the catalog, by index', () => {
    const errors = priceErrors(
      { currency: 'EUR', items: [item('MUG-RETRY', 1200), item('MUG-RETRY', 1)] },
      prices,
    );
    expect(errors).toEqual([
      { field: 'items[1].unitPrice', rule: 'price_mismatch', message: 'must be the catalog price 1200' },
    ]);
  });

  it('names an unknown SKU and skips its price', () => {
    expect(priceErrors({ currency: 'EUR', items: [item('GONE-01', 5)] }, prices)).toEqual([
      {
        field: 'items[0].sku',
        rule: 'unknown_sku',
        message: 'GONE-01 is not in the catalog (GET /products lists it)',
      },
    ]);
  });

  it('names the order currency when a product is sold in another one', () => {
    expect(priceErrors({ currency: 'EUR', items: [item('CAP-USD', 1900)] }, prices)).toEqual([
      {
        field: 'currency',
        rule: 'currency_mismatch',
        message: 'must be USD, the currency of CAP-USD (items[0])',
      },
    ]);
  });

  it('rejects everything against an empty catalog', () => {
    expect(priceErrors({ currency: 'EUR', items: [item('MUG-RETRY', 1200)] }, new Map())).toHaveLength(1);
  });
});
