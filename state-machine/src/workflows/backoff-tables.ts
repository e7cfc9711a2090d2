import type { ResolvedWorkflowSettings } from './settings';

/** One entry of a precomputed delay table: the delay for every count up to `upTo`. */
export interface DelayStep {
  /** Largest attempt (or consecutive-open count) this delay applies to. */
  readonly upTo: number;
  readonly seconds: number;
}

/**
 * Collapses per-count delays into steps of equal delay, ascending. The last step also applies to
 * every larger count.
 */
function toSteps(delays: readonly number[]): DelayStep[] {
  const steps: DelayStep[] = [];
  delays.forEach((seconds, index) => {
    const last = steps.at(-1);
    if (last && last.seconds === seconds) steps[steps.length - 1] = { upTo: index + 1, seconds };
    else steps.push({ upTo: index + 1, seconds });
  });
  return steps;
}

/**
 * SQS delay before the next attempt, by the attempt that just queued the order:
 * `retryDelaySeconds x retryBackoffRate^(attempt-1)`, rounded, capped at `retryDelayCapSeconds`.
 */
export function retryDelaySteps(settings: ResolvedWorkflowSettings): DelayStep[] {
  const queueingAttempts = Math.max(1, settings.maxAttempts - 1);
  const delays = Array.from({ length: queueingAttempts }, (_, index) =>
    Math.min(
      Math.round(settings.retryDelaySeconds * settings.retryBackoffRate ** index),
      settings.retryDelayCapSeconds,
    ),
  );
  return toSteps(delays);
}

/**
 * Cool-down by consecutive opens: `cooldownSeconds x 2^(opens-1)`, capped at `cooldownCapSeconds`.
 * The table stops at the first capped entry.
 */
export function cooldownSteps(settings: ResolvedWorkflowSettings): DelayStep[] {
  const delays: number[] = [];
  for (let opens = 1; ; opens += 1) {
    const seconds = Math.min(settings.cooldownSeconds * 2 ** (opens - 1), settings.cooldownCapSeconds);
    delays.push(seconds);
    if (seconds === settings.cooldownCapSeconds) break;
  }
  return toSteps(delays);
}
