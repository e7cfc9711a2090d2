import { backoffDelay, retryAfterMs } from '../../src';

const policy = { baseDelayMs: 100, maxDelayMs: 1000 };

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter', () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 9].map((attempt) => backoffDelay(attempt, policy, top))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
    expect(backoffDelay(3, policy, () => 0.5)).toBe(200);
  });

  it('stays within [0, ceiling) for random draws', () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(2, policy);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(200);
    }
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-28T01:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Sat, 28 Nov 2026 01:00:02 GMT', now)).toBe(2000);
    expect(retryAfterMs('Sat, 28 Nov 2026 00:00:00 GMT', now)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(retryAfterMs(null, 0)).toBeUndefined();
    expect(retryAfterMs('soon', 0)).toBeUndefined();
  });
});
