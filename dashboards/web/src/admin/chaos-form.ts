import type { ChaosConfig, FieldError } from '@unstoppable/core';
import { percentToRate, rateToPercent } from '../format/format';

/** The chaos controls as typed in the form (numbers stay strings until applied). */
export interface ChaosFormValues {
  readonly down: boolean;
  /** Share of gateway calls failing with a technical error, in percent. */
  readonly failurePercent: string;
  /** Latency added to every gateway call, in milliseconds. */
  readonly latencyMs: string;
  /** Share of gateway calls declined, in percent. */
  readonly declinePercent: string;
}

/** Largest added latency the API accepts. */
export const MAX_LATENCY_MS = 60_000;

export type ChaosFormResult =
  | { readonly ok: true; readonly config: ChaosConfig }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** The form's values for stored chaos settings. */
export function chaosFormValues(config: ChaosConfig): ChaosFormValues {
  return {
    down: config.down,
    failurePercent: String(rateToPercent(config.failureRate)),
    latencyMs: String(config.latencyMs),
    declinePercent: String(rateToPercent(config.declineRate)),
  };
}

function readNumber(
  text: string,
  field: keyof ChaosConfig,
  label: string,
  max: number,
  integer: boolean,
  errors: FieldError[],
): number {
  const trimmed = text.trim();
  const value = trimmed === '' ? 0 : Number(trimmed);
  if (!Number.isFinite(value) || value < 0 || value > max) {
    errors.push({ field, rule: 'range', message: `${label} must be a number from 0 to ${max}` });
  } else if (integer && !Number.isInteger(value)) {
    errors.push({ field, rule: 'integer', message: `${label} must be a whole number` });
  }
  return value;
}

/**
 * Validates the form and turns it into the `PUT /admin/chaos` body (rates as fractions). Errors are
 * named after the API fields (`failureRate`, `latencyMs`, `declineRate`); an empty box means 0.
 */
export function chaosConfigFromForm(values: ChaosFormValues): ChaosFormResult {
  const errors: FieldError[] = [];
  const failure = readNumber(values.failurePercent, 'failureRate', 'Flaky calls', 100, false, errors);
  const latencyMs = readNumber(values.latencyMs, 'latencyMs', 'Added latency', MAX_LATENCY_MS, true, errors);
  const decline = readNumber(values.declinePercent, 'declineRate', 'Declined calls', 100, false, errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      down: values.down,
      failureRate: percentToRate(failure),
      latencyMs,
      declineRate: percentToRate(decline),
    },
  };
}
