import { type Env, intEnv, optionalEnv, requiredEnv } from '@unstoppable/core';

/** Everything the payment worker reads from its environment, validated once. */
export interface PaymentProcessorConfig {
  readonly region: string;
  /** Set locally (dynalite); unset on AWS. */
  readonly dynamoDbEndpoint?: string;
  readonly ordersTable: string;
  readonly runtimeConfigTable: string;
  readonly idempotencyTable: string;
  readonly ledgerTable: string;
  /**
   * How long a chaos setting is cached before it is read again.
   * @default 5000
   */
  readonly chaosCacheTtlMs: number;
  /**
   * How long the gateway client waits before giving up with GatewayTimeout.
   * @default 5000
   */
  readonly gatewayTimeoutMs: number;
  /**
   * How long a completed charge is remembered by the idempotency layer.
   * @default 86400
   */
  readonly idempotencyTtlSeconds: number;
}

export function loadConfig(env: Env): PaymentProcessorConfig {
  return {
    region: optionalEnv(env, 'AWS_REGION') ?? 'us-east-1',
    dynamoDbEndpoint: optionalEnv(env, 'DYNAMODB_ENDPOINT'),
    ordersTable: requiredEnv(env, 'ORDERS_TABLE'),
    runtimeConfigTable: requiredEnv(env, 'RUNTIME_CONFIG_TABLE'),
    idempotencyTable: requiredEnv(env, 'IDEMPOTENCY_TABLE'),
    ledgerTable: requiredEnv(env, 'LEDGER_TABLE'),
    chaosCacheTtlMs: intEnv(env, 'CHAOS_CACHE_TTL_MS', 5000, 0, 300_000),
    gatewayTimeoutMs: intEnv(env, 'GATEWAY_TIMEOUT_MS', 5000, 1, 900_000),
    idempotencyTtlSeconds: intEnv(env, 'IDEMPOTENCY_TTL_SECONDS', 86_400, 60, 30 * 86_400),
  };
}
