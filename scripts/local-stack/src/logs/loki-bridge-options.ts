import { type Env, optionalEnv } from '@unstoppable/core';
import { LOKI_ENV_NAMES, type LokiTarget, resolveLokiTarget } from '@unstoppable/loki-forwarder';
import { LocalStackConfigError } from '../errors';
import { WORKFLOW_LOG_LEVELS, type WorkflowLogLevel } from './workflow-history-lines';
import type { WorkflowHistorySource } from './workflow-log-poller';

/** Where the local logs go: the forwarder's static Loki settings. */
export interface LokiConnection {
  /** Loki base URL (or the full `/loki/api/v1/push` URL). */
  readonly lokiUrl: string;
  /** Basic auth (Grafana Cloud: the Loki instance id / an access-policy token). */
  readonly username?: string;
  readonly password?: string;
  /** Bearer auth instead of basic. */
  readonly bearerToken?: string;
  /** Sent as `X-Scope-OrgID`. */
  readonly tenantId?: string;
}

/** Options of `startLokiBridge`. */
export interface LokiBridgeOptions extends LokiConnection {
  /** Resource prefix of the local stack: log groups are `/aws/lambda/<prefix>-<service>`. */
  readonly prefix: string;
  /** Value of the `env` label. @default 'local' */
  readonly env?: string;
  /** How often waiting lines are pushed. @default 1000 */
  readonly flushIntervalMs?: number;
  /** Push early once this many lines wait. @default 1000 */
  readonly flushAtEvents?: number;
  /** Lines kept while Loki is slow or down; further lines are dropped. @default 50000 */
  readonly maxBufferedEvents?: number;
  /** Time one flush may spend pushing, retries included. @default 10000 */
  readonly flushTimeoutMs?: number;
  /** Time `stop()` gives the final flush. @default 5000 */
  readonly stopTimeoutMs?: number;
  /** Keep the forwarded lines off the terminal. @default false */
  readonly quiet?: boolean;
  /** The local executor; its executions are logged as the state machines log them on AWS. */
  readonly stepFunctions?: WorkflowHistorySource;
  /** The workflows' log level. @default 'ALL' (on AWS infra's default is ERROR) */
  readonly workflowLogLevel?: WorkflowLogLevel;
  /** Where the bridge reports problems. @default a line on stderr */
  readonly report?: (message: string) => void;
}

/** {@link LokiBridgeOptions} with every default applied and the Loki target resolved. */
export interface ResolvedLokiBridgeOptions {
  readonly target: LokiTarget;
  readonly prefix: string;
  readonly env: string;
  readonly flushIntervalMs: number;
  readonly flushAtEvents: number;
  readonly maxBufferedEvents: number;
  readonly flushTimeoutMs: number;
  readonly stopTimeoutMs: number;
  readonly quiet: boolean;
  readonly workflowLogLevel: WorkflowLogLevel;
}

const OPTION_NAMES = {
  url: 'lokiUrl',
  username: 'username',
  password: 'password',
  bearerToken: 'bearerToken',
  tenantId: 'tenantId',
} as const;

function wholeNumber(field: string, value: number | undefined, fallback: number, min: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min) {
    throw new LocalStackConfigError(field, `must be a whole number of at least ${min}, got ${chosen}`);
  }
  return chosen;
}

function label(field: string, value: string | undefined, fallback?: string): string {
  const chosen = value ?? fallback;
  if (typeof chosen !== 'string' || !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(chosen)) {
    throw new LocalStackConfigError(
      field,
      `must be a non-empty name of letters, digits, "-", "_" or ".", got ${JSON.stringify(chosen)}`,
    );
  }
  return chosen;
}

/** Validates the options (errors name the option) and applies the defaults. */
export function resolveLokiBridgeOptions(options: LokiBridgeOptions): ResolvedLokiBridgeOptions {
  const target = resolveLokiTarget(
    {
      url: options.lokiUrl,
      username: options.username,
      password: options.password,
      bearerToken: options.bearerToken,
      tenantId: options.tenantId,
    },
    OPTION_NAMES,
    (field, message) => {
      throw new LocalStackConfigError(field, message);
    },
  );
  const workflowLogLevel = options.workflowLogLevel ?? 'ALL';
  if (!WORKFLOW_LOG_LEVELS.includes(workflowLogLevel)) {
    throw new LocalStackConfigError('workflowLogLevel', `must be one of ${WORKFLOW_LOG_LEVELS.join(', ')}`);
  }
  return {
    target,
    prefix: label('prefix', options.prefix),
    env: label('env', options.env, 'local'),
    flushIntervalMs: wholeNumber('flushIntervalMs', options.flushIntervalMs, 1000, 10),
    flushAtEvents: wholeNumber('flushAtEvents', options.flushAtEvents, 1000, 1),
    maxBufferedEvents: wholeNumber('maxBufferedEvents', options.maxBufferedEvents, 50_000, 1),
    flushTimeoutMs: wholeNumber('flushTimeoutMs', options.flushTimeoutMs, 10_000, 1),
    stopTimeoutMs: wholeNumber('stopTimeoutMs', options.stopTimeoutMs, 5000, 1),
    quiet: options.quiet ?? false,
    workflowLogLevel,
  };
}

/**
 * The Loki connection from the environment the forwarder reads (`LOKI_URL`, `LOKI_USERNAME`,
 * `LOKI_PASSWORD`, `LOKI_BEARER_TOKEN`, `LOKI_TENANT_ID`), or undefined when `LOKI_URL` is
 * unset (local logs stay local). Bad settings throw a {@link LocalStackConfigError} whose `field`
 * is the variable, as the start command's other settings do.
 */
export function lokiConnectionFromEnv(env: Env): LokiConnection | undefined {
  const settings = {
    url: optionalEnv(env, LOKI_ENV_NAMES.url),
    username: optionalEnv(env, LOKI_ENV_NAMES.username),
    password: optionalEnv(env, LOKI_ENV_NAMES.password),
    bearerToken: optionalEnv(env, LOKI_ENV_NAMES.bearerToken),
    tenantId: optionalEnv(env, LOKI_ENV_NAMES.tenantId),
  };
  if (!settings.url) return undefined;
  resolveLokiTarget(settings, LOKI_ENV_NAMES, (name, message) => {
    throw new LocalStackConfigError(name, message);
  });
  const { url, ...rest } = settings;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  return { lokiUrl: url, ...defined };
}
