import { ConfigError } from '@unstoppable/core';
import { loadConfig } from '../../src';

const env = (overrides: Record<string, string | undefined> = {}) => ({
  ORDERS_TABLE: 'up-dev-orders',
  CIRCUIT_TABLE: 'up-dev-circuit',
  RUNTIME_CONFIG_TABLE: 'up-dev-runtime-config',
  NOTIFICATIONS_TABLE: 'up-dev-notifications',
  PRODUCTS_TABLE: 'up-dev-products',
  ORDER_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:up-dev-order-workflow',
  RETRY_QUEUE_URL: 'https://sqs.example/123456789012/up-dev-retry',
  DEAD_LETTER_QUEUE_URL: 'https://sqs.example/123456789012/up-dev-retry-dlq',
  ADMIN_TOKEN: 'a-long-enough-admin-token',
  ...overrides,
});

const errorOf = (fn: () => unknown): ConfigError => {
  try {
    fn();
  } catch (error) {
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('reads a complete environment with defaults for the optional settings', () => {
    expect(loadConfig(env())).toEqual({
      region: 'us-east-1',
      dynamoDbEndpoint: undefined,
      sfnEndpoint: undefined,
      sqsEndpoint: undefined,
      ordersTable: 'up-dev-orders',
      circuitTable: 'up-dev-circuit',
      runtimeConfigTable: 'up-dev-runtime-config',
      notificationsTable: 'up-dev-notifications',
      productsTable: 'up-dev-products',
      orderStateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:up-dev-order-workflow',
      retryQueueUrl: 'https://sqs.example/123456789012/up-dev-retry',
      deadLetterQueueUrl: 'https://sqs.example/123456789012/up-dev-retry-dlq',
      maxAmountMinor: 10_000_000,
      adminAuth: { mode: 'bearer', token: 'a-long-enough-admin-token' },
    });
  });

  it('points the clients at local endpoints when set', () => {
    const config = loadConfig(
      env({
        DYNAMODB_ENDPOINT: 'http://127.0.0.1:4567',
        SFN_ENDPOINT: 'http://127.0.0.1:4568',
        SQS_ENDPOINT: 'http://127.0.0.1:4569',
      }),
    );
    expect(config).toMatchObject({
      dynamoDbEndpoint: 'http://127.0.0.1:4567',
      sfnEndpoint: 'http://127.0.0.1:4568',
      sqsEndpoint: 'http://127.0.0.1:4569',
    });
  });

  it('trusts the JWT authorizer in jwt mode and needs no token then', () => {
    expect(loadConfig(env({ ADMIN_AUTH: 'jwt', ADMIN_TOKEN: undefined })).adminAuth).toEqual({ mode: 'jwt' });
  });

  it.each([
    ['ORDERS_TABLE', { ORDERS_TABLE: undefined }],
    ['PRODUCTS_TABLE', { PRODUCTS_TABLE: undefined }],
    ['ORDER_STATE_MACHINE_ARN', { ORDER_STATE_MACHINE_ARN: ' ' }],
    ['DEAD_LETTER_QUEUE_URL', { DEAD_LETTER_QUEUE_URL: undefined }],
    ['ADMIN_TOKEN', { ADMIN_TOKEN: undefined }],
    ['ADMIN_TOKEN', { ADMIN_TOKEN: 'short' }],
    ['ADMIN_AUTH', { ADMIN_AUTH: 'basic' }],
    ['MAX_AMOUNT_MINOR', { MAX_AMOUNT_MINOR: '12.5' }],
  ])('names %s when it is missing or malformed', (variable, overrides) => {
    const error = errorOf(() => loadConfig(env(overrides)));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.variable).toBe(variable);
  });
});
