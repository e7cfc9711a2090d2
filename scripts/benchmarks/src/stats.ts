import { BenchError } from './errors';

/** An input a statistic cannot be computed from. */
export class EmptySampleError extends BenchError {
  override readonly name = 'EmptySampleError';
}

/**
 * The `p`-th percentile (0-100) of the samples, linearly interpolated between the two closest
 * ranks (the "R-7" definition spreadsheets use).
 * @example percentile([10, 20, 30, 40], 50) // 25
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new EmptySampleError('percentile of an empty sample');
  if (!Number.isFinite(p) || p < 0 || p > 100) {
    throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lower = Math.floor(rank);
  const upper = Math.ceil(rank);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (rank - lower);
}

/** The median: the middle sample, or the mean of the two middle ones. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** Median, spread and extremes of a sample, all in the sample's unit. */
export interface Summary {
  readonly count: number;
  readonly median: number;
  readonly p99: number;
  readonly min: number;
  readonly max: number;
}

export function summarize(samples: readonly number[]): Summary {
  return {
    count: samples.length,
    median: median(samples),
    p99: percentile(samples, 99),
    min: Math.min(...samples),
    max: Math.max(...samples),
  };
}
