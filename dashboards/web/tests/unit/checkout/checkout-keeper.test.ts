import { DEMO_PAYMENT_TOKEN, ORDER_ID_PATTERN } from '@unstoppable/core';
import type { PlaceOrderRequest } from '../../../src/api/api-client';
import { CheckoutKeeper } from '../../../src/checkout/checkout-keeper';
import { newIdempotencyKey } from '../../../src/checkout/idempotency-key';
import { MemoryStorage } from '../../support/memory-storage';

const request: PlaceOrderRequest = {
  customer: { id: 'Ada', email: 'ada@example.com' },
  items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1200 }],
  amount: 1200,
  currency: 'EUR',
  paymentToken: DEMO_PAYMENT_TOKEN,
};
const customer = { name: 'Ada', email: 'ada@example.com' };
const cart = [{ sku: 'MUG-RETRY', quantity: 1 }];

function keeperWithKeys(storage: MemoryStorage) {
  let next = 0;
  return new CheckoutKeeper(storage, {
    newKey: () => {
      next += 1;
      return `web-key-${String(next).padStart(4, '0')}`;
    },
    now: () => new Date('2026-11-28T10:00:00Z'),
  });
}

describe('newIdempotencyKey', () => {
  it('makes keys in the API key format', () => {
    const key = newIdempotencyKey();
    expect(key).toMatch(ORDER_ID_PATTERN);
    expect(key).toMatch(/^web-[0-9a-f]{32}$/);
  });

  it('makes a different key each time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newIdempotencyKey()));
    expect(keys.size).toBe(50);
  });

  it('encodes the random bytes as hex', () => {
    expect(newIdempotencyKey((bytes) => bytes.fill(0xab))).toBe(`web-${'ab'.repeat(16)}`);
  });
});

describe('CheckoutKeeper', () => {
  it('starts empty', () => {
    expect(new CheckoutKeeper(new MemoryStorage()).load()).toEqual({
      cart: [],
      customer: { name: '', email: '' },
    });
  });

  it('saves the cart and details as a draft', () => {
    const storage = new MemoryStorage();
    new CheckoutKeeper(storage).saveDraft(cart, customer);
    expect(new CheckoutKeeper(storage).load()).toEqual({ cart, customer });
  });

  it('makes one key per checkout: a second begin (double click) returns the same key and request', () => {
    const keeper = keeperWithKeys(new MemoryStorage());
    keeper.saveDraft(cart, customer);
    const first = keeper.begin(request);
    const second = keeper.begin({ ...request, amount: 9999 });
    expect(first).toEqual({ idempotencyKey: 'web-key-0001', request, startedAt: '2026-11-28T10:00:00.000Z' });
    expect(second).toEqual(first);
  });

  it('keeps the pending checkout across a reload (a new keeper on the same storage)', () => {
    const storage = new MemoryStorage();
    const pending = keeperWithKeys(storage).begin(request);
    const afterReload = new CheckoutKeeper(storage, { newKey: () => 'web-key-after-reload' });
    expect(afterReload.load().pending).toEqual(pending);
    expect(afterReload.begin(request).idempotencyKey).toBe(pending.idempotencyKey);
  });

  it('does not let the cart change while a checkout is pending', () => {
    const keeper = keeperWithKeys(new MemoryStorage());
    keeper.saveDraft(cart, customer);
    keeper.begin(request);
    const saved = keeper.saveDraft([{ sku: 'CAP-BACKOFF', quantity: 3 }], { name: 'Bob', email: 'b@x.io' });
    expect(saved.cart).toEqual(cart);
    expect(keeper.load().cart).toEqual(cart);
  });

  it('forgets the key and empties the cart once the order is complete, keeping the details', () => {
    const keeper = keeperWithKeys(new MemoryStorage());
    keeper.saveDraft(cart, customer);
    keeper.begin(request);
    expect(keeper.complete()).toEqual({ cart: [], customer });
    expect(keeper.begin(request).idempotencyKey).toBe('web-key-0002');
  });

  it('forgets the key but keeps the cart when the order was not charged', () => {
    const keeper = keeperWithKeys(new MemoryStorage());
    keeper.saveDraft(cart, customer);
    keeper.begin(request);
    expect(keeper.release()).toEqual({ cart, customer });
    expect(keeper.load().pending).toBeUndefined();
  });

  it('treats unreadable storage as an empty checkout', () => {
    const storage = new MemoryStorage();
    storage.setItem('unstoppable.checkout', '{not json');
    expect(new CheckoutKeeper(storage).load()).toEqual({ cart: [], customer: { name: '', email: '' } });
  });

  it('drops malformed cart lines and a pending checkout with a bad key', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'unstoppable.checkout',
      JSON.stringify({
        cart: [cart[0], { sku: 'X', quantity: 0 }, { sku: 7, quantity: 1 }, { sku: 'Y', quantity: 1.5 }],
        customer: { name: 'Ada', email: 3 },
        pending: { idempotencyKey: 'bad key!', request },
      }),
    );
    expect(new CheckoutKeeper(storage).load()).toEqual({ cart, customer: { name: 'Ada', email: '' } });
  });
});
