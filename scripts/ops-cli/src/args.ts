import { UsageError } from './errors';

/** A number flag within [min, max]; `fallback` when absent. */
export function numberFlag(
  values: Record<string, unknown>,
  flag: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = values[flag];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`--${flag}`, `must be a number between ${min} and ${max}, got "${String(raw)}"`);
  }
  return value;
}

/** A whole-number flag within [min, max]. */
export function intFlag(
  values: Record<string, unknown>,
  flag: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const value = numberFlag(values, flag, fallback, min, max);
  if (!Number.isInteger(value))
    throw new UsageError(`--${flag}`, `must be a whole number, got "${String(values[flag])}"`);
  return value;
}

/** `true`/`false`/`on`/`off` flag. */
export function booleanFlag(values: Record<string, unknown>, flag: string): boolean | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  if (raw === 'true' || raw === 'on') return true;
  if (raw === 'false' || raw === 'off') return false;
  throw new UsageError(`--${flag}`, `must be on or off, got "${String(raw)}"`);
}
