/**
 * Every AWS price the cost model uses, in one place: on-demand, us-east-1 (US East, N. Virginia),
 * in US dollars, without free tiers or volume discounts (first pricing tier), as checked on
 * {@link PRICES_CHECKED_ON}. Change them here only.
 */

/** Region the prices are for. */
export const PRICES_REGION = 'us-east-1';

/** When the prices below were checked against the AWS pricing pages. */
export const PRICES_CHECKED_ON = '2026-11-28';

/** Step Functions prices (USD) and billing steps. */
export interface StepFunctionsPrices {
  readonly standardPerTransition: number;
  readonly expressPerRequest: number;
  readonly expressPerGbSecond: number;
  readonly expressDurationStepMs: number;
  readonly expressMemoryChunkMb: number;
  readonly expressBaseMemoryMb: number;
}

/** Lambda prices (USD) and billing step. */
export interface LambdaPrices {
  readonly perRequest: number;
  readonly perGbSecond: number;
  readonly durationStepMs: number;
}

/**
 * AWS Step Functions, https://aws.amazon.com/step-functions/pricing/
 * - Standard: $0.0250 per 1,000 state transitions in US East (N. Virginia); retries count as
 *   transitions.
 * - Express: $1.00 per million requests, plus duration: $0.06000 per GB-hour for the first
 *   1,000 GB-hours of the month (then $0.03000, then $0.01642). Duration is rounded up to the next
 *   100 ms; memory is billed in 64 MB chunks and estimated as 50 MB + definition size + execution
 *   data size (the page's "Workflow memory utilized" formula).
 */
export const STEP_FUNCTIONS_PRICES: StepFunctionsPrices = {
  standardPerTransition: 0.025 / 1000,
  expressPerRequest: 1 / 1_000_000,
  expressPerGbSecond: 0.06 / 3600,
  expressDurationStepMs: 100,
  expressMemoryChunkMb: 64,
  expressBaseMemoryMb: 50,
};

/**
 * AWS Lambda on Arm (arm64), https://aws.amazon.com/lambda/pricing/
 * $0.20 per million requests; $0.0000133334 per GB-second for the first 7.5 billion GB-seconds of
 * the month (x86: $0.0000166667); duration rounded up to the next 1 ms. The page renders its
 * rate tables in the browser, so the request price and billing rules were read from its text and
 * the Arm GB-second rate from copies of its table: check it there before relying on it.
 */
export const LAMBDA_ARM64_PRICES: LambdaPrices = {
  perRequest: 0.2 / 1_000_000,
  perGbSecond: 0.0000133334,
  durationStepMs: 1,
};
