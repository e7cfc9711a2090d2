import { LAMBDA_ARM64_PRICES, STEP_FUNCTIONS_PRICES } from '../prices';

const MB = 1024 * 1024;

/** Rounds a duration up to the billing step (at least one step). */
export function billedMs(durationMs: number, stepMs: number): number {
  return Math.max(1, Math.ceil(durationMs / stepMs)) * stepMs;
}

/** A Standard execution: every state transition is billed. */
export function standardWorkflowCost(transitions: number, prices = STEP_FUNCTIONS_PRICES): number {
  return transitions * prices.standardPerTransition;
}

/**
 * Lambda invocations on arm64: a request charge each, plus memory x duration (each invocation
 * rounded up to 1 ms).
 */
export function lambdaCost(
  invocationMs: readonly number[],
  memoryMb: number,
  prices = LAMBDA_ARM64_PRICES,
): number {
  const gbSeconds = invocationMs.reduce(
    (sum, ms) => sum + (billedMs(ms, prices.durationStepMs) / 1000) * (memoryMb / 1024),
    0,
  );
  return invocationMs.length * prices.perRequest + gbSeconds * prices.perGbSecond;
}

/** Express billed memory: 50 MB + definition + execution data, in 64 MB chunks, in MB. */
export function expressBilledMemoryMb(
  definitionBytes: number,
  dataBytes: number,
  prices = STEP_FUNCTIONS_PRICES,
): number {
  const usedMb = prices.expressBaseMemoryMb + (definitionBytes + dataBytes) / MB;
  return Math.ceil(usedMb / prices.expressMemoryChunkMb) * prices.expressMemoryChunkMb;
}

/** An Express execution: one request plus its duration (100 ms steps) x billed memory. */
export function expressWorkflowCost(
  durationMs: number,
  memoryMb: number,
  prices = STEP_FUNCTIONS_PRICES,
): number {
  const seconds = billedMs(durationMs, prices.expressDurationStepMs) / 1000;
  return prices.expressPerRequest + seconds * (memoryMb / 1024) * prices.expressPerGbSecond;
}

/** A cost per order as a cost per million orders. */
export function perMillion(costPerOrder: number): number {
  return costPerOrder * 1_000_000;
}
