import { createOrderInputSchema, type FieldError, type ValidationResult, validate } from '../../src';

function errorsOf(result: ValidationResult<unknown>): readonly FieldError[] {
  if (result.ok) throw new Error('expected the order to be rejected');
  return result.errors;
}

const goodOrder = () => ({
  customer: { id: 'cust-1', email: 'ada@example.com' },
  items: [
    { sku: 'TSHIRT-M', quantity: 2, unitPrice: 1500 },
    { sku: 'MUG-01', quantity: 1, unitPrice: 999 },
  ],
  amount: 3999,
  currency: 'EUR',
  paymentToken: 'tok_visa4242abcd',
});

type Mutation = (order: Record<string, unknown>) => void;
const items = (order: Record<string, unknown>) => order.items as Record<string, unknown>[];
const firstItem = (order: Record<string, unknown>) => items(order)[0] as Record<string, unknown>;
const customer = (order: Record<string, unknown>) => order.customer as Record<string, unknown>;

const badOrders: Array<[string, Mutation, string]> = [
  ['missing customer', (o) => delete o.customer, 'customer'],
  ['missing items', (o) => delete o.items, 'items'],
  ['missing amount', (o) => delete o.amount, 'amount'],
  ['missing currency', (o) => delete o.currency, 'currency'],
  ['missing payment token', (o) => delete o.paymentToken, 'paymentToken'],
  ['zero amount', (o) => (o.amount = 0), 'amount'],
  ['negative amount', (o) => (o.amount = -100), 'amount'],
  ['fractional amount', (o) => (o.amount = 39.99), 'amount'],
  ['amount as string', (o) => (o.amount = '3999'), 'amount'],
  ['amount over the maximum', (o) => (o.amount = 10_000_001), 'amount'],
  ['amount not matching the items', (o) => (o.amount = 4000), 'amount'],
  ['unknown currency', (o) => (o.currency = 'XYZ'), 'currency'],
  ['lower-case currency', (o) => (o.currency = 'eur'), 'currency'],
  ['no items', (o) => (o.items = []), 'items'],
  [
    '51 items',
    (o) => {
      o.items = Array.from({ length: 51 }, () => ({ sku: 'PEN-01', quantity: 1, unitPrice: 100 }));
      o.amount = 5100;
    },
    'items',
  ],
  ['quantity 0', (o) => (firstItem(o).quantity = 0), 'items[0].quantity'],
  ['quantity 1001', (o) => (firstItem(o).quantity = 1001), 'items[0].quantity'],
  ['fractional quantity', (o) => (firstItem(o).quantity = 1.5), 'items[0].quantity'],
  ['sku with spaces', (o) => (firstItem(o).sku = 'T SHIRT'), 'items[0].sku'],
  ['sku too short', (o) => (firstItem(o).sku = 'AB'), 'items[0].sku'],
  ['negative unit price', (o) => (firstItem(o).unitPrice = -1), 'items[0].unitPrice'],
  ['unknown item field', (o) => (firstItem(o).color = 'red'), 'items[0].color'],
  ['invalid email', (o) => (customer(o).email = 'not-an-email'), 'customer.email'],
  ['empty customer id', (o) => (customer(o).id = ''), 'customer.id'],
  ['unknown customer field', (o) => (customer(o).phone = '123'), 'customer.phone'],
  ['card number as token', (o) => (o.paymentToken = '4242424242424242'), 'paymentToken'],
  ['grouped card number as token', (o) => (o.paymentToken = '4111 1111 1111 1111'), 'paymentToken'],
  ['card number inside a token', (o) => (o.paymentToken = 'tok_4242424242424242'), 'paymentToken'],
  ['malformed token', (o) => (o.paymentToken = 'token-123'), 'paymentToken'],
  ['unknown top-level field', (o) => (o.cardNumber = 'x'), 'cardNumber'],
  ['client order id too short', (o) => (o.orderId = 'abc'), 'orderId'],
  ['client order id with slash', (o) => (o.orderId = 'order/12345678'), 'orderId'],
];

describe('createOrderInputSchema', () => {
  const schema = createOrderInputSchema();

  it('accepts a well-formed order', () => {
    const result = validate(schema, goodOrder());
    expect(result.ok).toBe(true);
  });

  it('accepts a client order id usable as an idempotency key', () => {
    const result = validate(schema, { ...goodOrder(), orderId: 'shop-2026-000042' });
    expect(result).toMatchObject({ ok: true, value: { orderId: 'shop-2026-000042' } });
  });

  it('accepts a zero-decimal currency', () => {
    const result = validate(schema, {
      ...goodOrder(),
      items: [{ sku: 'TEA-01', quantity: 3, unitPrice: 500 }],
      amount: 1500,
      currency: 'JPY',
    });
    expect(result.ok).toBe(true);
  });

  it.each(badOrders)('rejects %s and names %s', (_name, mutate, field) => {
    const order = goodOrder() as unknown as Record<string, unknown>;
    mutate(order);
    const result = validate(schema, order);
    const errors = errorsOf(result);
    expect(errors.map((error) => error.field)).toContain(field);
    for (const error of errors) {
      expect(error.rule).toEqual(expect.any(String));
      expect(error.message.length).toBeGreaterThan(3);
    }
  });

  it('names the broken rule for an unknown field', () => {
    const result = validate(schema, { ...goodOrder(), extra: 1 });
    expect(result).toEqual({
      ok: false,
      errors: [{ field: 'extra', rule: 'unknown_field', message: 'is not an allowed field' }],
    });
  });

  it('says a card number must never be sent, without echoing it', () => {
    const result = validate(schema, { ...goodOrder(), paymentToken: '4242424242424242' });
    const [error] = errorsOf(result);
    expect(error?.message).toMatch(/card number/);
    expect(error?.message).not.toContain('4242');
  });

  it('honours a configured maximum amount', () => {
    const small = createOrderInputSchema({ maxAmountMinor: 1000 });
    const result = validate(small, goodOrder());
    expect(errorsOf(result).map((e) => e.field)).toContain('amount');
  });

  it('rejects a body that is not an object', () => {
    const result = validate(schema, 'hello');
    expect(result).toMatchObject({ ok: false, errors: [{ field: '(body)' }] });
  });
});
