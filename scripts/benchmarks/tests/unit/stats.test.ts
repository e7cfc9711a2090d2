import { EmptySampleError, median, percentile, summarize } from '../../src/stats';

describe('median', () => {
  it('is the middle sample of an odd-sized sample, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle samples of an even-sized sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses an empty sample', () => {
    expect(() => median([])).toThrow(EmptySampleError);
  });
});

describe('percentile', () => {
  const samples = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

  it('interpolates linearly between the closest ranks', () => {
    expect(percentile(samples, 50)).toBe(55);
    expect(percentile(samples, 99)).toBeCloseTo(99.1, 10);
    expect(percentile([10, 20, 30, 40], 25)).toBe(17.5);
  });

  it('is the minimum at 0 and the maximum at 100', () => {
    expect(percentile(samples, 0)).toBe(10);
    expect(percentile(samples, 100)).toBe(100);
  });

  it('is the only sample of a one-sample set', () => {
    expect(percentile([7], 99)).toBe(7);
  });

  it('does not reorder the caller’s array', () => {
    const input = [3, 1, 2];
    percentile(input, 50);
    expect(input).toEqual([3, 1, 2]);
  });

  it('refuses a percentile outside 0-100', () => {
    expect(() => percentile(samples, 101)).toThrow('between 0 and 100');
    expect(() => percentile(samples, Number.NaN)).toThrow('between 0 and 100');
  });
});

describe('summarize', () => {
  it('reports count, median, p99 and the extremes', () => {
    expect(summarize([3, 1, 2])).toEqual({ count: 3, median: 2, p99: 2.98, min: 1, max: 3 });
  });
});
