import { InvalidWorkflowSettingError } from '../errors';
import { DEFAULT_WORKFLOW_SETTINGS, type ResolvedWorkflowSettings, type WorkflowSettings } from './settings';

/** SQS's largest DelaySeconds. */
export const SQS_MAX_DELAY_SECONDS = 900;

type IntegerSetting = Exclude<
  keyof WorkflowSettings,
  'chargeRetryJitter' | 'retryBackoffRate' | 'chargeRetryBackoffRate'
>;

const INTEGER_RANGES: Readonly<Record<IntegerSetting, readonly [number, number]>> = {
  failureThreshold: [1, 1000],
  successThreshold: [1, 1000],
  cooldownSeconds: [1, 86_400],
  cooldownCapSeconds: [1, 86_400],
  probeLeaseSeconds: [1, 86_400],
  probeWatchRounds: [1, 1000],
  retryDelaySeconds: [0, SQS_MAX_DELAY_SECONDS],
  retryDelayCapSeconds: [0, SQS_MAX_DELAY_SECONDS],
  maxAttempts: [1, 100],
  paymentTimeoutSeconds: [1, 900],
  chargeRetryIntervalSeconds: [1, 3600],
  chargeRetryMaxAttempts: [0, 10],
  chargeRetryMaxDelaySeconds: [1, 3600],
  serviceRetryMaxAttempts: [0, 10],
};

const RATE_RANGES = { retryBackoffRate: [1, 10], chargeRetryBackoffRate: [1, 10] } as const;

/**
 * Applies the defaults and validates every setting. Throws InvalidWorkflowSettingError naming the
 * first setting at fault (unknown keys included, so a typo does not silently fall back).
 */
export function resolveWorkflowSettings(settings: WorkflowSettings = {}): ResolvedWorkflowSettings {
  for (const key of Object.keys(settings)) {
    if (!(key in DEFAULT_WORKFLOW_SETTINGS)) {
      throw new InvalidWorkflowSettingError(
        key,
        settings[key as keyof WorkflowSettings],
        'is not a known setting',
      );
    }
  }
  const resolved: ResolvedWorkflowSettings = {
    failureThreshold: settings.failureThreshold ?? DEFAULT_WORKFLOW_SETTINGS.failureThreshold,
    successThreshold: settings.successThreshold ?? DEFAULT_WORKFLOW_SETTINGS.successThreshold,
    cooldownSeconds: settings.cooldownSeconds ?? DEFAULT_WORKFLOW_SETTINGS.cooldownSeconds,
    cooldownCapSeconds: settings.cooldownCapSeconds ?? DEFAULT_WORKFLOW_SETTINGS.cooldownCapSeconds,
    probeLeaseSeconds: settings.probeLeaseSeconds ?? DEFAULT_WORKFLOW_SETTINGS.probeLeaseSeconds,
    probeWatchRounds: settings.probeWatchRounds ?? DEFAULT_WORKFLOW_SETTINGS.probeWatchRounds,
    retryDelaySeconds: settings.retryDelaySeconds ?? DEFAULT_WORKFLOW_SETTINGS.retryDelaySeconds,
    retryBackoffRate: settings.retryBackoffRate ?? DEFAULT_WORKFLOW_SETTINGS.retryBackoffRate,
    retryDelayCapSeconds: settings.retryDelayCapSeconds ?? DEFAULT_WORKFLOW_SETTINGS.retryDelayCapSeconds,
    maxAttempts: settings.maxAttempts ?? DEFAULT_WORKFLOW_SETTINGS.maxAttempts,
    paymentTimeoutSeconds: settings.paymentTimeoutSeconds ?? DEFAULT_WORKFLOW_SETTINGS.paymentTimeoutSeconds,
    chargeRetryIntervalSeconds:
      settings.chargeRetryIntervalSeconds ?? DEFAULT_WORKFLOW_SETTINGS.chargeRetryIntervalSeconds,
    chargeRetryBackoffRate:
      settings.chargeRetryBackoffRate ?? DEFAULT_WORKFLOW_SETTINGS.chargeRetryBackoffRate,
    chargeRetryMaxAttempts:
      settings.chargeRetryMaxAttempts ?? DEFAULT_WORKFLOW_SETTINGS.chargeRetryMaxAttempts,
    chargeRetryMaxDelaySeconds:
      settings.chargeRetryMaxDelaySeconds ?? DEFAULT_WORKFLOW_SETTINGS.chargeRetryMaxDelaySeconds,
    chargeRetryJitter: settings.chargeRetryJitter ?? DEFAULT_WORKFLOW_SETTINGS.chargeRetryJitter,
    serviceRetryMaxAttempts:
      settings.serviceRetryMaxAttempts ?? DEFAULT_WORKFLOW_SETTINGS.serviceRetryMaxAttempts,
  };
  for (const [key, [min, max]] of Object.entries(INTEGER_RANGES) as [
    IntegerSetting,
    readonly [number, number],
  ][]) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new InvalidWorkflowSettingError(key, value, `must be a whole number from ${min} to ${max}`);
    }
  }
  for (const [key, [min, max]] of Object.entries(RATE_RANGES) as [
    keyof typeof RATE_RANGES,
    readonly [number, number],
  ][]) {
    const value = resolved[key];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw new InvalidWorkflowSettingError(key, value, `must be a number from ${min} to ${max}`);
    }
  }
  if (resolved.chargeRetryJitter !== 'FULL' && resolved.chargeRetryJitter !== 'NONE') {
    throw new InvalidWorkflowSettingError(
      'chargeRetryJitter',
      resolved.chargeRetryJitter,
      'must be FULL or NONE',
    );
  }
  assertConsistent(resolved);
  return resolved;
}

function assertConsistent(settings: ResolvedWorkflowSettings): void {
  if (settings.cooldownCapSeconds < settings.cooldownSeconds) {
    throw new InvalidWorkflowSettingError(
      'cooldownCapSeconds',
      settings.cooldownCapSeconds,
      `must be at least cooldownSeconds (${settings.cooldownSeconds})`,
    );
  }
  if (settings.retryDelayCapSeconds < settings.retryDelaySeconds) {
    throw new InvalidWorkflowSettingError(
      'retryDelayCapSeconds',
      settings.retryDelayCapSeconds,
      `must be at least retryDelaySeconds (${settings.retryDelaySeconds})`,
    );
  }
  const longestCharge = longestChargeSeconds(settings);
  if (settings.probeLeaseSeconds <= longestCharge) {
    throw new InvalidWorkflowSettingError(
      'probeLeaseSeconds',
      settings.probeLeaseSeconds,
      `must exceed the longest charge (${longestCharge} s: paymentTimeoutSeconds x ${settings.chargeRetryMaxAttempts + 1} attempts plus retry delays), or a slow probe would lose its lease`,
    );
  }
}

/** Worst-case duration of the charge task: every attempt times out and every retry waits its full delay. */
export function longestChargeSeconds(settings: ResolvedWorkflowSettings): number {
  let total = settings.paymentTimeoutSeconds * (settings.chargeRetryMaxAttempts + 1);
  for (let retry = 0; retry < settings.chargeRetryMaxAttempts; retry += 1) {
    total += Math.min(
      settings.chargeRetryIntervalSeconds * settings.chargeRetryBackoffRate ** retry,
      settings.chargeRetryMaxDelaySeconds,
    );
  }
  return Math.ceil(total);
}
