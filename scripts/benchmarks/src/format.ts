/** Bytes as kibibytes with one decimal, e.g. `123.4 KB` (1 KB = 1024 bytes, as the target counts). */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Milliseconds with `digits` decimals, e.g. `12.3 ms`. */
export function formatMs(ms: number, digits = 1): string {
  return `${ms.toFixed(digits)} ms`;
}

/** Seconds with two decimals, e.g. `4.87 s`. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** US dollars: cents for amounts of a dollar or more, four decimals below (`$0.0120`). */
export function formatUsd(amount: number): string {
  const digits = Math.abs(amount) >= 1 ? 2 : 4;
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
}

/** A ratio as a multiplier, e.g. `2.4x`. */
export function formatRatio(ratio: number): string {
  return `${ratio.toFixed(1)}x`;
}

/** A whole count with thousands separators, e.g. `12,345`. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** `pass` or `MISS` (upper case, so a miss stands out in a table). */
export function passOrMiss(passed: boolean): string {
  return passed ? 'pass' : 'MISS';
}
