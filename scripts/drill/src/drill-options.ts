/** The three breaker modes the drill runs side by side through the same outage. */
export const MODE_IDS = ['no-breaker', 'admin-reset', 'full-design'] as const;
export type ModeId = (typeof MODE_IDS)[number];

/** The fault scenarios (issue #8, part 4), each run against the full design. */
export const FAULT_IDS = ['flaky', 'slow', 'crash', 'duplicates', 'throttle', 'probe-dies'] as const;
export type FaultId = (typeof FAULT_IDS)[number];

/** Everything a drill run is configured by; every field has a default (see {@link DEFAULT_DRILL_OPTIONS}). */
export interface DrillOptions {
  /** How long the gateway is down in the mode runs. @default 20 s */
  readonly outageMs: number;
  /** Orders placed per second in every scenario. @default 10 */
  readonly rate: number;
  /** Steady orders before the outage or fault starts. @default 5 s */
  readonly warmupMs: number;
  /** Orders keep coming this long after the heal; then the drill waits for the queue to drain. @default 5 s */
  readonly tailMs: number;
  /** How long a fault scenario's fault lasts. @default 10 s */
  readonly faultMs: number;
  /** "admin-reset" mode: the operator resets the circuit this long after the heal. @default 5 s */
  readonly operatorReactionMs: number;
  /** Longest wait for every placed order to reach a final status after orders stop. @default 60 s */
  readonly drainTimeoutMs: number;
  /** Scenarios running at once, each in its own fresh local stack. @default 3 */
  readonly parallel: number;
  readonly modes: readonly ModeId[];
  readonly faults: readonly FaultId[];
  /** Where `<timestamp>/report.md` and `timeline.svg` go. @default scripts/drill/results */
  readonly resultsDir: string;
  /** Seed of the order mix and of the simulated gateway's randomness. @default 1 */
  readonly seed: number;
  /** Interval of the timeline samples (orders by status, circuit state). @default 500 ms */
  readonly sampleMs: number;
  /** Also write every scenario's raw observations (journal, executions, samples) as `raw/<id>.json`. @default false */
  readonly keepRaw: boolean;
}

export const DEFAULT_DRILL_OPTIONS: Omit<DrillOptions, 'resultsDir'> = {
  outageMs: 20_000,
  rate: 10,
  warmupMs: 5_000,
  tailMs: 5_000,
  faultMs: 10_000,
  operatorReactionMs: 5_000,
  drainTimeoutMs: 60_000,
  parallel: 3,
  modes: MODE_IDS,
  faults: FAULT_IDS,
  seed: 1,
  sampleMs: 500,
  keepRaw: false,
};
