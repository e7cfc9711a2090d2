import { type Env, optionalEnv } from '@unstoppable/core';
import type { WorkflowSettings } from '@unstoppable/state-machine';
import { validateStackConfig } from './config-rules';
import { InfraConfigError } from './errors';

/** The environments this app deploys, one stack each. */
export const ENVIRONMENTS = ['dev', 'prod'] as const;
export type EnvironmentName = (typeof ENVIRONMENTS)[number];

/** Lambda (Powertools) log levels. */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';
/** Step Functions logging levels. */
export type WorkflowLogLevel = 'ALL' | 'ERROR' | 'FATAL' | 'OFF';
/** Step Functions workflow types; the cool-down workflow waits minutes, so it is always STANDARD. */
export type WorkflowType = 'STANDARD' | 'EXPRESS';

/** The Lambda services, by workspace folder under `services/`. */
export const FUNCTION_IDS = [
  'payment-processor',
  'order-api',
  'retry-handler',
  'notification-recorder',
  'loki-forwarder',
] as const;
export type FunctionId = (typeof FUNCTION_IDS)[number];

export interface FunctionSettings {
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
}

/** Where Terraform keeps the stack's state: S3 with S3-native locking (`use_lockfile`). */
export interface RemoteStateConfig {
  readonly bucket: string;
  readonly key: string;
  readonly region: string;
}

/** JWT authorizer of the admin routes. */
export interface AdminJwtConfig {
  readonly issuer: string;
  readonly audience: readonly string[];
}

export interface StackConfig {
  readonly environment: EnvironmentName;
  readonly region: string;
  /** Prefix of every physical name, e.g. `up-dev` -> table `up-dev-orders`. */
  readonly prefix: string;
  /** Subscribed to the admin alert topic. */
  readonly alertEmails: readonly string[];
  /** Subscribed to the customer notification topic (a demo inbox: real customers get their own channel). */
  readonly customerEmails: readonly string[];
  readonly logLevel: LogLevel;
  readonly workflowLogLevel: WorkflowLogLevel;
  /** Execution data may carry customer emails: off unless an operator turns it on. */
  readonly workflowIncludeExecutionData: boolean;
  /** Retention of every log group; must be a value CloudWatch Logs accepts. */
  readonly logRetentionDays: number;
  /** Secrets Manager name of the Loki credentials; the value is set outside Terraform. */
  readonly lokiSecretName: string;
  readonly remoteState: RemoteStateConfig;
  /** Deletion protection on tables (and no force-destroy on buckets). */
  readonly deletionProtection: boolean;
  readonly functions: Readonly<Record<FunctionId, FunctionSettings>>;
  readonly orderWorkflowType: WorkflowType;
  /** Overrides of the workflow thresholds and timings (defaults: @unstoppable/state-machine). */
  readonly workflowSettings: WorkflowSettings;
  readonly retryQueue: {
    /** Receives before a message moves to the dead-letter queue. */
    readonly maxReceiveCount: number;
    /** Cap on concurrent retry-handler invocations (SQS event source maximum concurrency, >= 2). */
    readonly maximumConcurrency: number;
    readonly batchSize: number;
  };
  readonly api: {
    readonly throttlingRateLimit: number;
    readonly throttlingBurstLimit: number;
    /** External identity provider for the admin routes; unset = a Cognito user pool in the stack. */
    readonly adminJwt?: AdminJwtConfig;
  };
  /**
   * Switches for the entry points (on by default): off, the order-api function and the HTTP API
   * in front of it, or the retry handler and its SQS event source, are not declared, so the stack
   * synthesizes without their bundles (e.g. while a service is rebuilt from scratch).
   */
  readonly features: { readonly orderApi: boolean; readonly retryHandler: boolean };
}

const sharedFunctions: Record<FunctionId, FunctionSettings> = {
  // Below the workflow's payment task timeout (10 s), above the gateway timeout (5 s).
  'payment-processor': { memoryMb: 512, timeoutSeconds: 8 },
  'loki-forwarder': { memoryMb: 256, timeoutSeconds: 60 },
  'order-api': { memoryMb: 512, timeoutSeconds: 10 },
  'retry-handler': { memoryMb: 256, timeoutSeconds: 30 },
  'notification-recorder': { memoryMb: 256, timeoutSeconds: 10 },
};

function baseConfig(environment: EnvironmentName, env: Env): StackConfig {
  const prod = environment === 'prod';
  const region = optionalEnv(env, 'INFRA_REGION') ?? 'eu-west-1';
  const issuer = optionalEnv(env, 'INFRA_ADMIN_JWT_ISSUER');
  const audience = optionalEnv(env, 'INFRA_ADMIN_JWT_AUDIENCE');
  if ((issuer === undefined) !== (audience === undefined)) {
    throw new InfraConfigError(
      'api.adminJwt',
      'needs both INFRA_ADMIN_JWT_ISSUER and INFRA_ADMIN_JWT_AUDIENCE',
    );
  }
  return {
    environment,
    region,
    prefix: `up-${environment}`,
    alertEmails: list(optionalEnv(env, 'INFRA_ALERT_EMAILS')),
    customerEmails: list(optionalEnv(env, 'INFRA_CUSTOMER_EMAILS')),
    logLevel: prod ? 'INFO' : 'DEBUG',
    workflowLogLevel: 'ERROR',
    workflowIncludeExecutionData: false,
    logRetentionDays: prod ? 90 : 14,
    lokiSecretName: `unstoppable-payments/${environment}/loki`,
    remoteState: {
      bucket: optionalEnv(env, 'INFRA_STATE_BUCKET') ?? 'unstoppable-payments-tfstate',
      key: `${environment}/terraform.tfstate`,
      region: optionalEnv(env, 'INFRA_STATE_REGION') ?? region,
    },
    deletionProtection: prod,
    functions: sharedFunctions,
    orderWorkflowType: 'STANDARD',
    workflowSettings: {},
    retryQueue: { maxReceiveCount: 5, maximumConcurrency: prod ? 5 : 2, batchSize: 10 },
    api: {
      throttlingRateLimit: prod ? 100 : 20,
      throttlingBurstLimit: prod ? 200 : 40,
      adminJwt: issuer && audience ? { issuer, audience: list(audience) } : undefined,
    },
    features: { orderApi: true, retryHandler: true },
  };
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * The validated config of every environment, read once from `env` (optional overrides:
 * INFRA_REGION, INFRA_STATE_BUCKET, INFRA_STATE_REGION, INFRA_ALERT_EMAILS, INFRA_CUSTOMER_EMAILS,
 * INFRA_ADMIN_JWT_ISSUER with INFRA_ADMIN_JWT_AUDIENCE).
 */
export function loadStackConfigs(env: Env): Readonly<Record<EnvironmentName, StackConfig>> {
  return {
    dev: validateStackConfig(baseConfig('dev', env)),
    prod: validateStackConfig(baseConfig('prod', env)),
  };
}
