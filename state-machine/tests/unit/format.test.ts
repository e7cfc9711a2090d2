import { InvalidExpressionError } from '../../src';
import { statesFormat } from '../../src/workflows/format';

describe('statesFormat', () => {
  it('builds a States.Format call with one path per slot', () => {
    expect(statesFormat('order {} on attempt {}', '$.order.orderId', '$.order.attempt')).toBe(
      "States.Format('order {} on attempt {}', $.order.orderId, $.order.attempt)",
    );
  });

  it('refuses templates that would need escaping, and slot/argument mismatches', () => {
    expect(() => statesFormat("it's {}", '$.a')).toThrow(InvalidExpressionError);
    expect(() => statesFormat('a, then {}', '$.a')).toThrow('quote, backslash or comma');
    expect(() => statesFormat('{} and {}', '$.a')).toThrow('2 slots for 1 arguments');
  });
});
