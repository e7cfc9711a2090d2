/** Thresholds and timings of the workflows. Every field is optional; defaults are documented. */
export interface WorkflowSettings {
  /**
   * Consecutive technical failures (after in-place retries) that trip the circuit.
   * @default 3
   */
  readonly failureThreshold?: number;
  /**
   * Successful probes (a capture or a decline) needed to close a HALF_OPEN circuit.
   * @default 1
   */
  readonly successThreshold?: number;
  /**
   * Cool-down after the first trip, in seconds; doubles with each consecutive open.
   * @default 30
   */
  readonly cooldownSeconds?: number;
  /**
   * Longest cool-down, in seconds.
   * @default 300
   */
  readonly cooldownCapSeconds?: number;
  /**
   * Seconds a probe may hold the HALF_OPEN circuit; an owner seen unchanged one lease apart is
   * cleared. Must exceed the longest charge (timeouts plus in-place retries).
   * @default 60
   */
  readonly probeLeaseSeconds?: number;
  /**
   * Probe-lease rounds the cool-down workflow watches before it stops (bounds the loop).
   * @default 60
   */
  readonly probeWatchRounds?: number;
  /**
   * SQS delay before the first queued retry, in seconds.
   * @default 30
   */
  readonly retryDelaySeconds?: number;
  /**
   * Multiplier of the retry delay per attempt.
   * @default 2
   */
  readonly retryBackoffRate?: number;
  /**
   * Longest retry delay, in seconds; SQS accepts at most 900.
   * @default 900
   */
  readonly retryDelayCapSeconds?: number;
  /**
   * Workflow executions per order (the first plus queued retries) before it ends FAILED.
   * @default 5
   */
  readonly maxAttempts?: number;
  /**
   * Payment Lambda task timeout, in seconds.
   * @default 10
   */
  readonly paymentTimeoutSeconds?: number;
  /**
   * Seconds before the first in-place retry of a technical charge failure.
   * @default 1
   */
  readonly chargeRetryIntervalSeconds?: number;
  /**
   * Multiplier of the in-place retry interval (1 s, then 2 s).
   * @default 2
   */
  readonly chargeRetryBackoffRate?: number;
  /**
   * In-place retries of a technical charge failure.
   * @default 2
   */
  readonly chargeRetryMaxAttempts?: number;
  /**
   * Longest in-place retry interval, in seconds.
   * @default 5
   */
  readonly chargeRetryMaxDelaySeconds?: number;
  /**
   * Jitter of in-place retries: FULL picks a random delay up to the computed one.
   * @default 'FULL'
   */
  readonly chargeRetryJitter?: 'FULL' | 'NONE';
  /**
   * Retries of a failed AWS service call (DynamoDB, SQS, SNS, EventBridge, StartExecution);
   * conditional-check failures are never retried.
   * @default 3
   */
  readonly serviceRetryMaxAttempts?: number;
}

/** Settings with every default applied. */
export type ResolvedWorkflowSettings = Required<WorkflowSettings>;

/** The defaults, as documented on {@link WorkflowSettings}. */
export const DEFAULT_WORKFLOW_SETTINGS: ResolvedWorkflowSettings = Object.freeze({
  failureThreshold: 3,
  successThreshold: 1,
  cooldownSeconds: 30,
  cooldownCapSeconds: 300,
  probeLeaseSeconds: 60,
  probeWatchRounds: 60,
  retryDelaySeconds: 30,
  retryBackoffRate: 2,
  retryDelayCapSeconds: 900,
  maxAttempts: 5,
  paymentTimeoutSeconds: 10,
  chargeRetryIntervalSeconds: 1,
  chargeRetryBackoffRate: 2,
  chargeRetryMaxAttempts: 2,
  chargeRetryMaxDelaySeconds: 5,
  chargeRetryJitter: 'FULL',
  serviceRetryMaxAttempts: 3,
});
