import { createOrderInputSchema } from '@unstoppable/core';
import { isSameSubmission, newStoredOrder, toOrderView } from '../../src/orders/stored-order';

const input = createOrderInputSchema().parse({
  customer: { id: 'c-1', email: 'ada@example.com' },
  items: [{ sku: 'MUG-01', quantity: 2, unitPrice: 500 }],
  amount: 1000,
  currency: 'EUR',
  paymentToken: 'tok_abcdefgh1234',
});
const at = new Date('2026-11-28T10:00:00.000Z');

describe('newStoredOrder', () => {
  it('builds a PENDING first attempt with one history entry', () => {
    expect(newStoredOrder('order-0001', input, at)).toMatchObject({
      orderId: 'order-0001',
      listKey: 'ORDER',
      status: 'PENDING',
      attempt: 1,
      createdAt: at.toISOString(),
      updatedAt: at.toISOString(),
      history: [{ status: 'PENDING', at: at.toISOString(), attempt: 1 }],
    });
  });
});

describe('isSameSubmission', () => {
  const stored = newStoredOrder('order-0001', input, at);

  it('is true for the same order, whatever the key order', () => {
    const { customer, ...rest } = input;
    expect(isSameSubmission(stored, { ...rest, customer: { email: customer.email, id: customer.id } })).toBe(
      true,
    );
  });

  it.each([
    ['token', { paymentToken: 'tok_other0000000' }],
    ['amount and items', { amount: 500, items: [{ sku: 'MUG-01', quantity: 1, unitPrice: 500 }] }],
    ['currency', { currency: 'USD' as const }],
    ['customer', { customer: { id: 'c-2', email: 'ada@example.com' } }],
  ])('is false when the %s differ', (_, change) => {
    expect(isSameSubmission(stored, { ...input, ...change })).toBe(false);
  });
});

describe('toOrderView', () => {
  it('shows an allow-list of fields: no token, no list key, nothing unknown', () => {
    const stored = { ...newStoredOrder('order-0001', input, at), internalNote: 'x', chargeId: 'ch_1' };
    const view = toOrderView(stored);
    expect(Object.keys(view).sort()).toEqual(
      [
        'amount',
        'attempt',
        'chargeId',
        'createdAt',
        'currency',
        'customer',
        'history',
        'items',
        'orderId',
        'status',
        'updatedAt',
      ].sort(),
    );
    expect(JSON.stringify(view)).not.toContain('tok_');
  });
});
