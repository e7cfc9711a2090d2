import { type OrderWorkflowInput, orderWorkflowInput, orderWorkflowInputSchema, validate } from '../../src';

const input = () => ({
  order: {
    orderId: 'order-0001',
    customer: { id: 'c-1', email: 'ada@example.com' },
    amount: 2500,
    currency: 'EUR',
    attempt: 2,
  },
});

describe('orderWorkflowInputSchema', () => {
  it('accepts an execution input and types it as OrderWorkflowInput', () => {
    const result = validate(orderWorkflowInputSchema, input());
    if (!result.ok) throw new Error('expected a valid input');
    const typed: OrderWorkflowInput = result.value;
    expect(typed).toEqual(input());
  });

  it('drops fields the contract does not know', () => {
    const result = validate(orderWorkflowInputSchema, {
      ...input(),
      junk: 1,
      order: { ...input().order, paymentToken: 'tok_x' },
    });
    expect(result).toEqual({ ok: true, value: input() });
  });

  it.each([
    ['order.orderId', (o: ReturnType<typeof input>) => ({ ...o, order: { ...o.order, orderId: 'a/b' } })],
    ['order.attempt', (o: ReturnType<typeof input>) => ({ ...o, order: { ...o.order, attempt: 0 } })],
    ['order.amount', (o: ReturnType<typeof input>) => ({ ...o, order: { ...o.order, amount: 1.5 } })],
    ['order.currency', (o: ReturnType<typeof input>) => ({ ...o, order: { ...o.order, currency: 'XXX' } })],
    [
      'order.customer.email',
      (o: ReturnType<typeof input>) => ({ ...o, order: { ...o.order, customer: { id: 'c', email: 'x' } } }),
    ],
    ['order', () => ({})],
  ])('names %s when it is wrong', (field, mutate) => {
    const result = validate(orderWorkflowInputSchema, mutate(input()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.field)).toContain(field);
  });
});

describe('orderWorkflowInput', () => {
  it('keeps only the workflow fields of an order', () => {
    const order = {
      ...input().order,
      currency: 'EUR' as const,
      customer: { id: 'c-1', email: 'ada@example.com', phone: '+1' },
      paymentToken: 'tok_secret0000',
      status: 'PENDING',
    };
    const result = orderWorkflowInput(order);
    expect(result).toEqual(input());
    expect(JSON.stringify(result)).not.toContain('tok_');
  });
});
