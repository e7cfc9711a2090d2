import { millisToNanoString } from '../../src';

describe('millisToNanoString', () => {
  it('appends six zeros exactly, beyond the float-safe range', () => {
    expect(millisToNanoString(1_764_288_000_123)).toBe('1764288000123000000');
    // The float product is off by 64 ns: the reason for the BigInt math.
    expect(BigInt(1_764_288_000_123 * 1e6)).not.toBe(1_764_288_000_123_000_000n);
    // Float math would print 9.007199254740991e+21 here.
    expect(millisToNanoString(Number.MAX_SAFE_INTEGER)).toBe('9007199254740991000000');
    expect(millisToNanoString(0)).toBe('0');
  });

  it('rejects fractional and negative timestamps', () => {
    expect(() => millisToNanoString(1.5)).toThrow(RangeError);
    expect(() => millisToNanoString(-1)).toThrow(/non-negative whole number/);
  });
});
