import { displayAmount, formatAmount } from '../../src';

describe('formatAmount', () => {
  it.each([
    [1999, 'EUR', '19.99 EUR'],
    [5, 'USD', '0.05 USD'],
    [1500, 'JPY', '1500 JPY'],
    [12345, 'KWD', '12.345 KWD'],
  ] as const)('shows %d %s as %s', (minor, currency, shown) => {
    expect(formatAmount(minor, currency)).toBe(shown);
  });
});

describe('displayAmount', () => {
  it('formats a known currency read back as a plain string', () => {
    expect(displayAmount(2400, 'EUR')).toBe('24.00 EUR');
  });

  it('shows a currency outside the list in minor units rather than guessing its exponent', () => {
    expect(displayAmount(2400, 'XYZ')).toBe('2400 XYZ (minor units)');
    expect(displayAmount(2400, 'toString')).toBe('2400 toString (minor units)');
  });
});
