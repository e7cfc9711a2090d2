import {
  formatCount,
  formatKb,
  formatMs,
  formatRatio,
  formatSeconds,
  formatUsd,
  passOrMiss,
} from '../../src/format';

describe('formatters', () => {
  it('prints bytes as kibibytes with one decimal', () => {
    expect(formatKb(256_000)).toBe('250.0 KB');
    expect(formatKb(1536)).toBe('1.5 KB');
  });

  it('prints durations', () => {
    expect(formatMs(12.345)).toBe('12.3 ms');
    expect(formatMs(12.345, 0)).toBe('12 ms');
    expect(formatSeconds(4870)).toBe('4.87 s');
  });

  it('prints dollars with cents from one dollar up and four decimals below', () => {
    expect(formatUsd(175.5)).toBe('$175.50');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0.50666)).toBe('$0.5067');
    expect(formatUsd(0)).toBe('$0.0000');
  });

  it('prints ratios, counts and verdicts', () => {
    expect(formatRatio(1.449)).toBe('1.4x');
    expect(formatCount(12345.6)).toBe('12,346');
    expect(passOrMiss(true)).toBe('pass');
    expect(passOrMiss(false)).toBe('MISS');
  });
});
