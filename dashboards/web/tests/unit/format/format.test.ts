import {
  formatAge,
  formatDateTime,
  formatMinute,
  formatMoney,
  formatTime,
  MISSING,
  percentToRate,
  rateToPercent,
} from '../../../src/format/format';

describe('formatDateTime', () => {
  it('shows an ISO time as YYYY-MM-DD HH:mm:ss in the given time zone', () => {
    expect(formatDateTime('2026-11-28T10:00:05.123Z', 'UTC')).toBe('2026-11-28 10:00:05');
    expect(formatDateTime('2026-11-28T23:30:00Z', 'Europe/Berlin')).toBe('2026-11-29 00:30:00');
  });

  it('uses 00 for midnight, not 24', () => {
    expect(formatDateTime('2026-11-28T00:00:00Z', 'UTC')).toBe('2026-11-28 00:00:00');
  });

  it('shows a dash for a missing or unreadable time', () => {
    expect(formatDateTime(undefined)).toBe(MISSING);
    expect(formatDateTime('yesterday')).toBe(MISSING);
  });
});

describe('formatTime and formatMinute', () => {
  it('show the time of day', () => {
    expect(formatTime('2026-11-28T09:07:03Z', 'UTC')).toBe('09:07:03');
    expect(formatTime('')).toBe(MISSING);
    expect(formatMinute(Date.UTC(2026, 10, 28, 14, 5), 'UTC')).toBe('14:05');
  });
});

describe('formatAge', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  it.each([
    ['2026-11-28T11:59:58Z', 'just now'],
    ['2026-11-28T12:00:30Z', 'just now'],
    ['2026-11-28T11:59:18Z', '42 s ago'],
    ['2026-11-28T11:55:00Z', '5 min ago'],
    ['2026-11-28T09:00:00Z', '3 h ago'],
    ['2026-11-26T12:00:00Z', '2 d ago'],
    ['nope', MISSING],
  ])('%s reads %s', (iso, expected) => {
    expect(formatAge(iso, now)).toBe(expected);
  });
});

describe('formatMoney', () => {
  it('formats minor units with the currency exponent', () => {
    expect(formatMoney(2500, 'EUR')).toBe('25.00 EUR');
    expect(formatMoney(450, 'EUR')).toBe('4.50 EUR');
    expect(formatMoney(1200, 'JPY')).toBe('1200 JPY');
  });
});

describe('rates and percentages', () => {
  it('convert without float noise', () => {
    expect(rateToPercent(0.07)).toBe(7);
    expect(rateToPercent(0.125)).toBe(12.5);
    expect(rateToPercent(1)).toBe(100);
    expect(percentToRate(7)).toBe(0.07);
    expect(percentToRate(33.3)).toBe(0.333);
    expect(percentToRate(100)).toBe(1);
  });

  it('round-trip every whole percentage', () => {
    for (let percent = 0; percent <= 100; percent += 1) {
      expect(rateToPercent(percentToRate(percent))).toBe(percent);
    }
  });
});
