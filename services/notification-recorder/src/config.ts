import { type Env, intEnv, optionalEnv, requiredEnv } from '@unstoppable/core';

/** Everything the notification recorder reads from its environment, validated once. */
export interface NotificationRecorderConfig {
  readonly region: string;
  /** Set locally (dynalite); unset on AWS. */
  readonly dynamoDbEndpoint?: string;
  readonly notificationsTable: string;
  /**
   * How long a notification is kept (DynamoDB TTL), counted from its publication, in seconds.
   * @default 604800 (7 days)
   */
  readonly ttlSeconds: number;
}

export function loadConfig(env: Env): NotificationRecorderConfig {
  return {
    region: optionalEnv(env, 'AWS_REGION') ?? 'us-east-1',
    dynamoDbEndpoint: optionalEnv(env, 'DYNAMODB_ENDPOINT'),
    notificationsTable: requiredEnv(env, 'NOTIFICATIONS_TABLE'),
    ttlSeconds: intEnv(env, 'NOTIFICATION_TTL_SECONDS', 7 * 86_400, 60, 365 * 86_400),
  };
}
