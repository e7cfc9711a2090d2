import {
  createOrderInputSchema,
  DEMO_CATALOG,
  DEMO_PAYMENT_TOKEN,
  type Product,
  validate,
} from '@unstoppable/core';
import { buildOrderRequest } from '../../../src/checkout/order-request';
import { InputError } from '../../../src/errors';

const customer = { name: '  Ada Lovelace ', email: ' ada@example.com ' };

function inputErrors(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.errors.map((entry) => entry.field);
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('buildOrderRequest', () => {
  it('builds a body the API schema accepts, with the amount as the sum of the items', () => {
    const cart = [
      { sku: 'TSHIRT-BREAKER', quantity: 2 },
      { sku: 'STICKERS-5XX', quantity: 3 },
    ];
    const request = buildOrderRequest(cart, customer, DEMO_PAYMENT_TOKEN, DEMO_CATALOG);
    expect(request).toEqual({
      customer: { id: 'Ada Lovelace', email: 'ada@example.com' },
      items: [
        { sku: 'TSHIRT-BREAKER', quantity: 2, unitPrice: 2500 },
        { sku: 'STICKERS-5XX', quantity: 3, unitPrice: 450 },
      ],
      amount: 6350,
      currency: 'EUR',
      paymentToken: DEMO_PAYMENT_TOKEN,
    });
    expect(validate(createOrderInputSchema(), request).ok).toBe(true);
  });

  it('names every field at fault with the API field names', () => {
    expect(inputErrors(() => buildOrderRequest([], { name: ' ', email: 'nope' }, ' ', DEMO_CATALOG))).toEqual(
      ['customer.id', 'customer.email', 'paymentToken', 'items'],
    );
    expect(
      inputErrors(() =>
        buildOrderRequest(
          [{ sku: 'MUG-RETRY', quantity: 1 }],
          { ...customer, name: 'x'.repeat(65) },
          'tok_x',
          DEMO_CATALOG,
        ),
      ),
    ).toEqual(['customer.id']);
  });

  it('refuses a cart priced in two currencies', () => {
    const catalog: Product[] = [
      { sku: 'A-ONE', name: 'A', unitPrice: 100, currency: 'EUR' },
      { sku: 'B-TWO', name: 'B', unitPrice: 100, currency: 'USD' },
    ];
    const cart = [
      { sku: 'A-ONE', quantity: 1 },
      { sku: 'B-TWO', quantity: 1 },
    ];
    expect(inputErrors(() => buildOrderRequest(cart, customer, 'tok_abcdefgh', catalog))).toEqual([
      'currency',
    ]);
  });
});
