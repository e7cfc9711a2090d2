import { InvalidRetryMessageError, parseRetryMessage } from '../../src';

describe('parseRetryMessage', () => {
  const body = {
    order: {
      orderId: 'order-0001',
      customer: { id: 'c', email: 'a@b.co' },
      amount: 1,
      currency: 'EUR',
      attempt: 2,
    },
  };

  it('returns the workflow input', () => {
    expect(parseRetryMessage('m-1', JSON.stringify(body))).toEqual(body);
  });

  it.each([
    ['not JSON', 'nope', '(body)'],
    ['no order', '{}', 'order'],
    ['attempt 0', JSON.stringify({ order: { ...body.order, attempt: 0 } }), 'order.attempt'],
  ])('refuses %s naming the field', (_, raw, field) => {
    try {
      parseRetryMessage('m-2', raw);
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidRetryMessageError);
      expect((error as InvalidRetryMessageError).errors.map((e) => e.field)).toContain(field);
      expect((error as InvalidRetryMessageError).messageId).toBe('m-2');
    }
  });
});
