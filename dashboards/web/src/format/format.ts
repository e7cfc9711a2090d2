import type { Currency } from '@unstoppable/core';
import { formatAmount } from '@unstoppable/core';

/** Shown where a value is missing or unreadable. */
export const MISSING = '—';

const parse = (iso: string | undefined): Date | undefined => {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

function parts(date: Date, timeZone: string | undefined): Record<string, string> {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
}

/**
 * An ISO timestamp as `YYYY-MM-DD HH:mm:ss` in the viewer's time zone (or `timeZone`); `—` when missing.
 *
 * @example
 * formatDateTime('2026-11-28T10:00:05Z', 'UTC') // '2026-11-28 10:00:05'
 */
export function formatDateTime(iso: string | undefined, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return MISSING;
  const p = parts(date, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** An ISO timestamp as `HH:mm:ss`; `—` when missing. */
export function formatTime(iso: string | undefined, timeZone?: string): string {
  const date = parse(iso);
  if (!date) return MISSING;
  const p = parts(date, timeZone);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** An epoch-milliseconds minute start as `HH:mm` (chart axis labels). */
export function formatMinute(epochMs: number, timeZone?: string): string {
  const p = parts(new Date(epochMs), timeZone);
  return `${p.hour}:${p.minute}`;
}

/**
 * How long ago a timestamp was, coarsely: `just now`, `42 s ago`, `5 min ago`, `3 h ago`, `2 d ago`.
 * A time in the future (clock skew) reads as `just now`.
 */
export function formatAge(iso: string | undefined, now: number): string {
  const date = parse(iso);
  if (!date) return MISSING;
  const seconds = Math.floor((now - date.getTime()) / 1000);
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

/** Money in minor units for people, through the domain's `formatAmount` (`1999, 'EUR'` -> `19.99 EUR`). */
export function formatMoney(amountMinor: number, currency: Currency): string {
  return formatAmount(amountMinor, currency);
}

/** A rate between 0 and 1 as a percentage without float noise (`0.07` -> `7`, `0.125` -> `12.5`). */
export function rateToPercent(rate: number): number {
  return Math.round(rate * 100 * 1000) / 1000;
}

/** A percentage as a rate between 0 and 1 (`7` -> `0.07`). */
export function percentToRate(percent: number): number {
  return Math.round(percent * 10_000) / 1_000_000;
}
