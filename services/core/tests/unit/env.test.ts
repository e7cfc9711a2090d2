import { ConfigError, intEnv, optionalEnv, requiredEnv } from '../../src';

describe('env helpers', () => {
  it('returns a set value and names a missing one', () => {
    expect(requiredEnv({ A: 'x' }, 'A')).toBe('x');
    expect(() => requiredEnv({}, 'ORDERS_TABLE')).toThrow(
      new ConfigError('ORDERS_TABLE', 'is required but not set'),
    );
  });

  it('treats blank values as unset', () => {
    expect(optionalEnv({ A: '  ' }, 'A')).toBeUndefined();
  });

  it('parses whole numbers within bounds and names the variable otherwise', () => {
    expect(intEnv({ TTL: '250' }, 'TTL', 5)).toBe(250);
    expect(intEnv({}, 'TTL', 5)).toBe(5);
    expect(() => intEnv({ TTL: '2.5' }, 'TTL', 5)).toThrow(/^TTL: must be a whole number/);
    expect(() => intEnv({ TTL: '99' }, 'TTL', 5, 0, 10)).toThrow(/between 0 and 10/);
  });
});
