import { parseArgs } from 'node:util';
import type { Env } from '@unstoppable/core';
import type { WorkflowSettings } from '@unstoppable/state-machine';
import { LocalStackConfigError } from '../errors';
import { type LocalStackOptions, MIN_ADMIN_TOKEN_LENGTH } from '../local-stack';

/** Timing flags, their environment variables and the workflow setting each sets. */
const TIMING_FLAGS = {
  'failure-threshold': { env: 'FAILURE_THRESHOLD', setting: 'failureThreshold' },
  'cooldown-seconds': { env: 'COOLDOWN_SECONDS', setting: 'cooldownSeconds' },
  'cooldown-cap-seconds': { env: 'COOLDOWN_CAP_SECONDS', setting: 'cooldownCapSeconds' },
  'retry-delay-seconds': { env: 'RETRY_DELAY_SECONDS', setting: 'retryDelaySeconds' },
  'payment-timeout-seconds': { env: 'PAYMENT_TIMEOUT_SECONDS', setting: 'paymentTimeoutSeconds' },
  'probe-lease-seconds': { env: 'PROBE_LEASE_SECONDS', setting: 'probeLeaseSeconds' },
} as const satisfies Record<string, { env: string; setting: keyof WorkflowSettings }>;

/** `--help` text of the start command. */
export const START_USAGE = `Usage: npm start -- [options]

  --port N                    HTTP port (env PORT, default 3000; 0 picks a free one)
  --host H                    listen address (env HOST, default 127.0.0.1)
  --data DIR                  keep DynamoDB and the queues in DIR across restarts (env DATA_DIR)
  --fast                      seconds instead of minutes for cool-downs and retries (env FAST=1)
  --redelay-seconds N         retry handler re-delay while the circuit is open (env REDELAY_SECONDS)
${Object.entries(TIMING_FLAGS)
  .map(([flag, { env, setting }]) => `  --${`${flag} N`.padEnd(26)}workflow setting ${setting} (env ${env})`)
  .join('\n')}
  --help                      this text

  ADMIN_TOKEN                 admin bearer token (16+ characters; generated and printed when unset)
  LOKI_URL                    forward the stack's own logs to this Loki (see the package README)`;

/** A parsed start command: the stack's options, or a request for help. */
export type StartCommand =
  | { readonly help: true }
  | { readonly help: false; readonly options: LocalStackOptions };

function integer(field: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LocalStackConfigError(field, `must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

/** Reads the start command's flags, falling back to the environment; bad values name the flag. */
export function parseStartCommand(argv: readonly string[], env: Env): StartCommand {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        fast: { type: 'boolean' },
        'redelay-seconds': { type: 'string' },
        help: { type: 'boolean' },
        ...Object.fromEntries(Object.keys(TIMING_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
      },
    }));
  } catch (error) {
    throw new LocalStackConfigError('arguments', (error as Error).message);
  }
  if (values.help) return { help: true };
  const flag = (name: string, envName: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : env[envName];
  };
  const workflowSettings: Record<string, number> = {};
  for (const [name, { env: envName, setting }] of Object.entries(TIMING_FLAGS)) {
    const value = integer(`--${name}`, flag(name, envName), 1, 86_400);
    if (value !== undefined) workflowSettings[setting] = value;
  }
  const fastEnv = env.FAST;
  if (fastEnv !== undefined && !['', '0', '1', 'true', 'false'].includes(fastEnv)) {
    throw new LocalStackConfigError('FAST', `must be 1/true or 0/false, got "${fastEnv}"`);
  }
  const adminToken = env.ADMIN_TOKEN || undefined;
  if (adminToken !== undefined && adminToken.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new LocalStackConfigError(
      'ADMIN_TOKEN',
      `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters long`,
    );
  }
  return {
    help: false,
    options: {
      port: integer('--port', flag('port', 'PORT'), 0, 65_535) ?? 3000,
      host: flag('host', 'HOST') || '127.0.0.1',
      dataDir: flag('data', 'DATA_DIR') || undefined,
      fast: values.fast === true || fastEnv === '1' || fastEnv === 'true',
      adminToken,
      redelaySeconds: integer('--redelay-seconds', flag('redelay-seconds', 'REDELAY_SECONDS'), 0, 900),
      workflowSettings,
    },
  };
}
