import { formatAmount } from '../../src';

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
