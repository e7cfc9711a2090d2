import { ConfigError } from '@unstoppable/core';
import { loadConfig } from '../../src';

const env = (overrides: Record<string, string | undefined> = {}) => ({
  CIRCUIT_TABLE: 'up-dev-circuit',
  ORDER_STATE_MACHINE_ARN: 'arn:aws:states:eu-west-1:123456789012:stateMachine:up-dev-order-workflow',
  RETRY_QUEUE_URL: 'https://sqs.example/123456789012/up-dev-retry',
  ...overrides,
});

describe('loadConfig', () => {
  it('defaults the re-delay to 30 seconds', () => {
    expect(loadConfig(env())).toMatchObject({
      redelaySeconds: 30,
      circuitTable: 'up-dev-circuit',
      region: 'us-east-1',
    });
  });

  it('reads local endpoints', () => {
    expect(
      loadConfig(env({ SFN_ENDPOINT: 'http://127.0.0.1:1', SQS_ENDPOINT: 'http://127.0.0.1:2' })),
    ).toMatchObject({
      sfnEndpoint: 'http://127.0.0.1:1',
      sqsEndpoint: 'http://127.0.0.1:2',
    });
  });

  it.each([
    ['REDELAY_SECONDS', { REDELAY_SECONDS: '901' }],
    ['REDELAY_SECONDS', { REDELAY_SECONDS: '-1' }],
    ['CIRCUIT_TABLE', { CIRCUIT_TABLE: undefined }],
    ['RETRY_QUEUE_URL', { RETRY_QUEUE_URL: '' }],
    ['ORDER_STATE_MACHINE_ARN', { ORDER_STATE_MACHINE_ARN: undefined }],
  ])('names %s when it is missing or out of range', (variable, overrides) => {
    expect(() => loadConfig(env(overrides))).toThrow(ConfigError);
    expect(() => loadConfig(env(overrides))).toThrow(new RegExp(`^${variable}:`));
  });
});
