import type { WorkflowSettings } from '@unstoppable/state-machine';

/** Timings of the local stack: the workflows' settings and the retry handler's re-delay. */
export interface StackTimings {
  readonly workflow: WorkflowSettings;
  /** How long the retry handler re-delays a message while the circuit holds retries back, in seconds. */
  readonly redelaySeconds: number;
}

/** The design's own timings (cool-down 30 s growing to 5 min, retry delay 30 s): what AWS runs. */
export const STANDARD_TIMINGS: StackTimings = { workflow: {}, redelaySeconds: 30 };

/** `--fast`: the same behaviour in seconds, for demos, browser tests and the drill. */
export const FAST_TIMINGS: StackTimings = {
  workflow: {
    cooldownSeconds: 3,
    cooldownCapSeconds: 12,
    retryDelaySeconds: 2,
    retryDelayCapSeconds: 8,
    paymentTimeoutSeconds: 3,
    probeLeaseSeconds: 20,
    probeWatchRounds: 20,
  },
  redelaySeconds: 2,
};
