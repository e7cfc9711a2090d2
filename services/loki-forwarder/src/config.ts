import {
  ConfigError,
  type Env,
  intEnv,
  METRICS_NAMESPACE,
  optionalEnv,
  requiredEnv,
} from '@unstoppable/core';
import { type LokiTarget, type LokiTargetSettingNames, resolveLokiTarget } from './loki-target';

/** Where the Loki URL and credentials come from. */
export type LokiSource =
  | {
      readonly kind: 'secret';
      readonly secretArn: string;
      /** How long the secret is cached. @default 300000 (LOKI_SECRET_TTL_SECONDS=300) */
      readonly ttlMs: number;
      readonly tenantId?: string;
    }
  | { readonly kind: 'static'; readonly target: LokiTarget };

/** Batch and line limits, in bytes of UTF-8. */
export interface BatchLimits {
  /** Uncompressed JSON size of one push body. @default 1048576 */
  readonly maxBatchBytes: number;
  /** Longest line sent; longer lines are truncated with a marker. @default 262144 (Loki's default) */
  readonly maxLineBytes: number;
}

/** Retry policy of the push client. */
export interface PushPolicy {
  /** @default 10000 */
  readonly requestTimeoutMs: number;
  /** @default 200 */
  readonly baseDelayMs: number;
  /** @default 5000 */
  readonly maxDelayMs: number;
  /** @default 10 */
  readonly maxAttempts: number;
}

/** Everything the forwarder reads from its environment, validated once. */
export interface ForwarderConfig {
  /** Value of the `env` label (ENVIRONMENT), e.g. `dev` or `prod`. */
  readonly env: string;
  /** Resource name prefix (LOG_GROUP_PREFIX): `/aws/lambda/<prefix>-order-processor` -> `order-processor`. */
  readonly logGroupPrefix: string;
  readonly loki: LokiSource;
  readonly batch: BatchLimits;
  readonly push: PushPolicy;
  /** Time kept back from the invocation's remaining time for the throw and metrics. @default 1500 */
  readonly safetyMarginMs: number;
  /** @default METRICS_NAMESPACE ('UnstoppablePayments') */
  readonly metricsNamespace: string;
}

/** Env variable names of the static Loki settings. */
export const LOKI_ENV_NAMES: LokiTargetSettingNames = {
  url: 'LOKI_URL',
  username: 'LOKI_USERNAME',
  password: 'LOKI_PASSWORD',
  bearerToken: 'LOKI_BEARER_TOKEN',
  tenantId: 'LOKI_TENANT_ID',
};

const fail = (name: string, message: string): never => {
  throw new ConfigError(name, message);
};

function lokiSource(env: Env): LokiSource {
  const tenantId = optionalEnv(env, LOKI_ENV_NAMES.tenantId);
  const secretArn = optionalEnv(env, 'LOKI_SECRET_ARN');
  const settings = {
    url: optionalEnv(env, LOKI_ENV_NAMES.url),
    username: optionalEnv(env, LOKI_ENV_NAMES.username),
    password: optionalEnv(env, LOKI_ENV_NAMES.password),
    bearerToken: optionalEnv(env, LOKI_ENV_NAMES.bearerToken),
    tenantId,
  };
  if (secretArn) {
    for (const key of ['url', 'username', 'password', 'bearerToken'] as const) {
      if (settings[key] !== undefined) {
        fail(LOKI_ENV_NAMES[key], 'cannot be combined with LOKI_SECRET_ARN; the secret holds it');
      }
    }
    const ttlMs = intEnv(env, 'LOKI_SECRET_TTL_SECONDS', 300, 0, 86_400) * 1000;
    return { kind: 'secret', secretArn, ttlMs, ...(tenantId ? { tenantId } : {}) };
  }
  if (!settings.url) fail(LOKI_ENV_NAMES.url, 'is required when LOKI_SECRET_ARN is not set');
  return { kind: 'static', target: resolveLokiTarget(settings, LOKI_ENV_NAMES, fail) };
}

function batchLimits(env: Env): BatchLimits {
  const maxBatchBytes = intEnv(env, 'LOKI_MAX_BATCH_BYTES', 1_048_576, 4096, 64 * 1_048_576);
  const maxLineBytes = intEnv(env, 'LOKI_MAX_LINE_BYTES', 262_144, 256, 64 * 1_048_576);
  if (maxLineBytes >= maxBatchBytes) {
    fail('LOKI_MAX_LINE_BYTES', `must be less than LOKI_MAX_BATCH_BYTES (${maxBatchBytes})`);
  }
  return { maxBatchBytes, maxLineBytes };
}

function pushPolicy(env: Env): PushPolicy {
  const baseDelayMs = intEnv(env, 'LOKI_RETRY_BASE_DELAY_MS', 200, 1, 60_000);
  const maxDelayMs = intEnv(env, 'LOKI_RETRY_MAX_DELAY_MS', 5000, 1, 300_000);
  if (baseDelayMs > maxDelayMs) {
    fail('LOKI_RETRY_BASE_DELAY_MS', `must not exceed LOKI_RETRY_MAX_DELAY_MS (${maxDelayMs})`);
  }
  return {
    requestTimeoutMs: intEnv(env, 'LOKI_REQUEST_TIMEOUT_MS', 10_000, 100, 900_000),
    baseDelayMs,
    maxDelayMs,
    maxAttempts: intEnv(env, 'LOKI_MAX_ATTEMPTS', 10, 1, 100),
  };
}

/** Reads and validates the forwarder's environment; every error names the variable at fault. */
export function loadConfig(env: Env): ForwarderConfig {
  return {
    env: requiredEnv(env, 'ENVIRONMENT'),
    logGroupPrefix: requiredEnv(env, 'LOG_GROUP_PREFIX'),
    loki: lokiSource(env),
    batch: batchLimits(env),
    push: pushPolicy(env),
    safetyMarginMs: intEnv(env, 'DEADLINE_SAFETY_MARGIN_MS', 1500, 0, 60_000),
    metricsNamespace: optionalEnv(env, 'POWERTOOLS_METRICS_NAMESPACE') ?? METRICS_NAMESPACE,
  };
}
