import { DrillUsageError } from '../errors';

const UNIT_MS = { ms: 1, s: 1000, m: 60_000 } as const;

/**
 * Parses a duration flag: `20s`, `1.5s`, `500ms`, `2m` (a bare number is seconds).
 * @throws DrillUsageError naming `field` for anything else, or outside [minMs, maxMs].
 * @example parseDuration('--outage', '20s', 1000, 600_000) // 20000
 */
export function parseDuration(field: string, text: string, minMs: number, maxMs: number): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m)?$/.exec(text.trim());
  if (!match?.[1]) {
    throw new DrillUsageError(field, `must be a duration like 20s, 500ms or 2m, got "${text}"`);
  }
  const unit = (match[2] ?? 's') as keyof typeof UNIT_MS;
  const ms = Math.round(Number(match[1]) * UNIT_MS[unit]);
  if (ms < minMs || ms > maxMs) {
    throw new DrillUsageError(
      field,
      `must be between ${formatDuration(minMs)} and ${formatDuration(maxMs)}, got ${text}`,
    );
  }
  return ms;
}

/** `20s`, `1.5s`, `250ms`, `2m`: the shortest way to write a duration back. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${Number((ms / 1000).toFixed(1))}s`;
}
