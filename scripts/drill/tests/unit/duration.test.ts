import { DrillUsageError, formatDuration, parseDuration } from '../../src';

describe('parseDuration', () => {
  it('reads seconds, milliseconds and minutes, a bare number as seconds', () => {
    expect(parseDuration('--outage', '20s', 0, 600_000)).toBe(20_000);
    expect(parseDuration('--outage', '1.5s', 0, 600_000)).toBe(1_500);
    expect(parseDuration('--outage', '250ms', 0, 600_000)).toBe(250);
    expect(parseDuration('--outage', '2m', 0, 600_000)).toBe(120_000);
    expect(parseDuration('--outage', '7', 0, 600_000)).toBe(7_000);
  });

  it('refuses other text and values out of range, naming the flag', () => {
    expect(() => parseDuration('--outage', 'soon', 0, 1000)).toThrow(DrillUsageError);
    expect(() => parseDuration('--outage', '-3s', 0, 1000)).toThrow(/--outage: must be a duration/);
    expect(() => parseDuration('--warmup', '2h', 0, 1000)).toThrow(/--warmup/);
    expect(() => parseDuration('--outage', '20m', 1000, 600_000)).toThrow(
      /--outage: must be between 1s and 10m, got 20m/,
    );
    try {
      parseDuration('--tail', 'x', 0, 1);
    } catch (error) {
      expect((error as DrillUsageError).field).toBe('--tail');
    }
  });
});

describe('formatDuration', () => {
  it('writes the shortest readable form', () => {
    expect(formatDuration(250)).toBe('250ms');
    expect(formatDuration(20_000)).toBe('20s');
    expect(formatDuration(1_540)).toBe('1.5s');
    expect(formatDuration(120_000)).toBe('2m');
    expect(formatDuration(90_000)).toBe('90s');
  });
});
