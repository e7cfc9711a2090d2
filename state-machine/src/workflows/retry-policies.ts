import { ErrorName, TECHNICAL_CHARGE_ERRORS } from '../asl/error-names';
import type { Retrier } from '../asl/task';
import type { ResolvedWorkflowSettings } from './settings';

/**
 * Retry of an AWS service call: any error, a few times with jittered backoff, except the errors
 * in `neverRetry` (a conditional-check failure is an answer, not a fault).
 */
export function serviceRetry(
  settings: ResolvedWorkflowSettings,
  neverRetry: readonly string[] = [],
): Retrier[] {
  return [
    ...(neverRetry.length === 0 ? [] : [{ ErrorEquals: neverRetry, MaxAttempts: 0 }]),
    {
      ErrorEquals: [ErrorName.ALL],
      IntervalSeconds: 1,
      MaxAttempts: settings.serviceRetryMaxAttempts,
      BackoffRate: 2,
      MaxDelaySeconds: 5,
      JitterStrategy: 'FULL',
    },
  ];
}

/** Retry of a conditional DynamoDB write: as {@link serviceRetry}, never on ConditionalCheckFailed. */
export function conditionalWriteRetry(settings: ResolvedWorkflowSettings): Retrier[] {
  return serviceRetry(settings, [ErrorName.ConditionalCheckFailed]);
}

/** In-place retry of a charge: technical errors only (1 s, then 2 s, jittered, by default). */
export function chargeRetry(settings: ResolvedWorkflowSettings): Retrier[] {
  return [
    {
      ErrorEquals: TECHNICAL_CHARGE_ERRORS,
      IntervalSeconds: settings.chargeRetryIntervalSeconds,
      MaxAttempts: settings.chargeRetryMaxAttempts,
      BackoffRate: settings.chargeRetryBackoffRate,
      MaxDelaySeconds: settings.chargeRetryMaxDelaySeconds,
      JitterStrategy: settings.chargeRetryJitter,
    },
  ];
}
