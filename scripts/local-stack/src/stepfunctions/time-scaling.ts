import { LocalStackConfigError } from '../errors';
import { jsonClone } from '../json';
import { type AslDefinition, walkStates } from './definition';

/** How a registered definition's waits and retry pauses are shortened for tests and demos. */
export interface TimeScaling {
  /** Multiplies every Wait `Seconds` and every Retry `IntervalSeconds`/`MaxDelaySeconds`. @default 1 */
  readonly timeScale?: number;
  /** Fixed pause in ms for the named Wait states (required for SecondsPath/Timestamp waits when scaled). */
  readonly waitOverridesMs?: Readonly<Record<string, number>>;
  /** Fixed retry pause in ms for the named states (a number, or one per retrier; -1 keeps a retrier). */
  readonly retryOverridesMs?: Readonly<Record<string, number | readonly number[]>>;
}

const DEFAULT_RETRY_INTERVAL_SECONDS = 1;

/** Checks a time scale: a finite number >= 0 (0 removes every pause). */
export function requireTimeScale(timeScale: unknown, field = 'timeScale'): number {
  if (typeof timeScale !== 'number' || !Number.isFinite(timeScale) || timeScale < 0) {
    throw new LocalStackConfigError(field, `must be a finite number >= 0, got ${String(timeScale)}`);
  }
  return timeScale;
}

/**
 * A copy of the definition with Wait seconds and Retry intervals multiplied by the scale (backoff,
 * MaxDelaySeconds and jitter keep their shape). Waits whose duration comes from the input
 * (SecondsPath) or from a timestamp cannot be scaled by a factor: with a scale other than 1 they
 * need a `waitOverridesMs` entry, or registration fails naming them. Task timeouts are not scaled.
 */
export function scaleDefinition(definition: AslDefinition, scaling: TimeScaling): AslDefinition {
  const scale = requireTimeScale(scaling.timeScale ?? 1);
  const copy = jsonClone(definition);
  if (scale === 1) return copy;
  walkStates(copy, (name, state) => {
    const mutable = state as {
      Seconds?: number;
      Retry?: { IntervalSeconds?: number; MaxDelaySeconds?: number }[];
    };
    if (state.Type === 'Wait' && scaling.waitOverridesMs?.[name] === undefined) {
      const dynamic = (['SecondsPath', 'Timestamp', 'TimestampPath'] as const).find(
        (field) => state[field] !== undefined,
      );
      if (dynamic) {
        throw new LocalStackConfigError(
          `waitOverridesMs.${name}`,
          `Wait state "${name}" uses ${dynamic}, which a time scale cannot shorten; give it an override in ms`,
        );
      }
      if (mutable.Seconds !== undefined) mutable.Seconds *= scale;
    }
    if (mutable.Retry && scaling.retryOverridesMs?.[name] === undefined) {
      for (const retrier of mutable.Retry) {
        retrier.IntervalSeconds = (retrier.IntervalSeconds ?? DEFAULT_RETRY_INTERVAL_SECONDS) * scale;
        if (retrier.MaxDelaySeconds !== undefined) retrier.MaxDelaySeconds *= scale;
      }
    }
  });
  return copy;
}
