import { type Env, intEnv, optionalEnv, requiredEnv } from '@unstoppable/core';

/** SQS's largest per-message delay. */
export const MAX_DELAY_SECONDS = 900;

/** Everything the retry handler reads from its environment, validated once. */
export interface RetryHandlerConfig {
  readonly region: string;
  /** Local endpoints (dynalite, the local stack's Step Functions and SQS endpoints); unset on AWS. */
  readonly dynamoDbEndpoint?: string;
  readonly sfnEndpoint?: string;
  readonly sqsEndpoint?: string;
  readonly circuitTable: string;
  readonly orderStateMachineArn: string;
  /** The retry queue the handler consumes; re-delayed copies go back to it. */
  readonly retryQueueUrl: string;
  /**
   * Delay of a copy re-queued while the circuit holds retries back, in seconds (0-900).
   * @default 30
   */
  readonly redelaySeconds: number;
}

export function loadConfig(env: Env): RetryHandlerConfig {
  return {
    region: optionalEnv(env, 'AWS_REGION') ?? 'us-east-1',
    dynamoDbEndpoint: optionalEnv(env, 'DYNAMODB_ENDPOINT'),
    sfnEndpoint: optionalEnv(env, 'SFN_ENDPOINT'),
    sqsEndpoint: optionalEnv(env, 'SQS_ENDPOINT'),
    circuitTable: requiredEnv(env, 'CIRCUIT_TABLE'),
    orderStateMachineArn: requiredEnv(env, 'ORDER_STATE_MACHINE_ARN'),
    retryQueueUrl: requiredEnv(env, 'RETRY_QUEUE_URL'),
    redelaySeconds: intEnv(env, 'REDELAY_SECONDS', 30, 0, MAX_DELAY_SECONDS),
  };
}
