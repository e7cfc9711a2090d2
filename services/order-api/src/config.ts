import {
  ConfigError,
  DEFAULT_MAX_AMOUNT_MINOR,
  type Env,
  intEnv,
  optionalEnv,
  requiredEnv,
} from '@unstoppable/core';

/** Shortest bearer token accepted for the admin routes, so a trivial token fails the cold start. */
export const MIN_ADMIN_TOKEN_LENGTH = 16;

/**
 * How admin routes are authenticated: a shared bearer token (local stack), or the API Gateway JWT
 * authorizer whose verified claims arrive in `requestContext.authorizer.jwt.claims` (AWS).
 */
export type AdminAuthConfig = { readonly mode: 'bearer'; readonly token: string } | { readonly mode: 'jwt' };

/** Everything the order API reads from its environment, validated once. */
export interface OrderApiConfig {
  readonly region: string;
  /** Local endpoints (dynalite, the local stack's Step Functions and SQS endpoints); unset on AWS. */
  readonly dynamoDbEndpoint?: string;
  readonly sfnEndpoint?: string;
  readonly sqsEndpoint?: string;
  readonly ordersTable: string;
  readonly circuitTable: string;
  readonly runtimeConfigTable: string;
  readonly notificationsTable: string;
  readonly productsTable: string;
  readonly orderStateMachineArn: string;
  readonly retryQueueUrl: string;
  readonly deadLetterQueueUrl: string;
  /**
   * Largest order amount accepted, in minor units.
   * @default DEFAULT_MAX_AMOUNT_MINOR (10,000,000)
   */
  readonly maxAmountMinor: number;
  readonly adminAuth: AdminAuthConfig;
}

function loadAdminAuth(env: Env): AdminAuthConfig {
  const mode = optionalEnv(env, 'ADMIN_AUTH') ?? 'bearer';
  if (mode === 'jwt') return { mode };
  if (mode !== 'bearer') throw new ConfigError('ADMIN_AUTH', `must be "bearer" or "jwt", got "${mode}"`);
  const token = requiredEnv(env, 'ADMIN_TOKEN');
  if (token.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new ConfigError('ADMIN_TOKEN', `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters long`);
  }
  return { mode, token };
}

export function loadConfig(env: Env): OrderApiConfig {
  return {
    region: optionalEnv(env, 'AWS_REGION') ?? 'us-east-1',
    dynamoDbEndpoint: optionalEnv(env, 'DYNAMODB_ENDPOINT'),
    sfnEndpoint: optionalEnv(env, 'SFN_ENDPOINT'),
    sqsEndpoint: optionalEnv(env, 'SQS_ENDPOINT'),
    ordersTable: requiredEnv(env, 'ORDERS_TABLE'),
    circuitTable: requiredEnv(env, 'CIRCUIT_TABLE'),
    runtimeConfigTable: requiredEnv(env, 'RUNTIME_CONFIG_TABLE'),
    notificationsTable: requiredEnv(env, 'NOTIFICATIONS_TABLE'),
    productsTable: requiredEnv(env, 'PRODUCTS_TABLE'),
    orderStateMachineArn: requiredEnv(env, 'ORDER_STATE_MACHINE_ARN'),
    retryQueueUrl: requiredEnv(env, 'RETRY_QUEUE_URL'),
    deadLetterQueueUrl: requiredEnv(env, 'DEAD_LETTER_QUEUE_URL'),
    maxAmountMinor: intEnv(env, 'MAX_AMOUNT_MINOR', DEFAULT_MAX_AMOUNT_MINOR, 1, Number.MAX_SAFE_INTEGER),
    adminAuth: loadAdminAuth(env),
  };
}
