import {
  classifyErrorName,
  DECLINE_ERRORS,
  GATEWAY_TECHNICAL_ERRORS,
  GatewayTimeoutError,
  PaymentDeclinedError,
  PaymentErrorName,
} from '../../src';

describe('payment error taxonomy', () => {
  it('gives every error class its stable name', () => {
    const declined = new PaymentDeclinedError('insufficient_funds', 'order-1');
    expect(declined.name).toBe('PaymentDeclined');
    expect(declined.kind).toBe('decline');
    expect(new GatewayTimeoutError('slow').name).toBe(PaymentErrorName.GatewayTimeout);
    expect(new GatewayTimeoutError('slow').kind).toBe('technical');
  });

  it('keeps declines and technical errors apart', () => {
    const overlap = DECLINE_ERRORS.filter((name) =>
      (GATEWAY_TECHNICAL_ERRORS as readonly string[]).includes(name),
    );
    expect(overlap).toEqual([]);
  });

  it('classifies unknown error names as technical so the order is queued, not lost', () => {
    expect(classifyErrorName('Lambda.ServiceException')).toBe('technical');
    expect(classifyErrorName('PaymentDeclined')).toBe('decline');
    expect(classifyErrorName('InvalidPaymentRequest')).toBe('invalid');
  });
});
