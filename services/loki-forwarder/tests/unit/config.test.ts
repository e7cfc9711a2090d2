import { ConfigError } from '@unstoppable/core';
import { loadConfig } from '../../src';

const base = { ENVIRONMENT: 'prod', LOG_GROUP_PREFIX: 'up-prod' };

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig({ ...base, LOKI_URL: 'http://127.0.0.1:3100' })).toEqual({
      env: 'prod',
      logGroupPrefix: 'up-prod',
      loki: {
        kind: 'static',
        target: { pushUrl: 'http://127.0.0.1:3100/loki/api/v1/push', auth: { kind: 'none' } },
      },
      batch: { maxBatchBytes: 1_048_576, maxLineBytes: 262_144 },
      push: { requestTimeoutMs: 10_000, baseDelayMs: 200, maxDelayMs: 5000, maxAttempts: 10 },
      safetyMarginMs: 1500,
      metricsNamespace: 'UnstoppablePayments',
    });
  });

  it('reads static basic credentials and the tenant', () => {
    const config = loadConfig({
      ...base,
      LOKI_URL: 'https://logs-prod.example.net',
      LOKI_USERNAME: '123456',
      LOKI_PASSWORD: 'glc_secret',
      LOKI_TENANT_ID: 'payments',
    });
    expect(config.loki).toEqual({
      kind: 'static',
      target: {
        pushUrl: 'https://logs-prod.example.net/loki/api/v1/push',
        auth: { kind: 'basic', username: '123456', password: 'glc_secret' },
        tenantId: 'payments',
      },
    });
  });

  it('reads the secret ARN, its cache TTL and the tenant', () => {
    const config = loadConfig({
      ...base,
      LOKI_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:loki-AbCdEf',
      LOKI_SECRET_TTL_SECONDS: '60',
      LOKI_TENANT_ID: 'payments',
    });
    expect(config.loki).toEqual({
      kind: 'secret',
      secretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:loki-AbCdEf',
      ttlMs: 60_000,
      tenantId: 'payments',
    });
  });

  it('names missing variables', () => {
    expect(() => loadConfig({ LOG_GROUP_PREFIX: 'up', LOKI_URL: 'http://l' })).toThrow(
      new ConfigError('ENVIRONMENT', 'is required but not set'),
    );
    expect(() => loadConfig({ ENVIRONMENT: 'dev', LOKI_URL: 'http://l' })).toThrow(/^LOG_GROUP_PREFIX/);
    expect(() => loadConfig(base)).toThrow('LOKI_URL: is required when LOKI_SECRET_ARN is not set');
  });

  it('refuses contradictory Loki settings', () => {
    expect(() => loadConfig({ ...base, LOKI_SECRET_ARN: 'arn:x', LOKI_URL: 'http://l' })).toThrow(
      'LOKI_URL: cannot be combined with LOKI_SECRET_ARN; the secret holds it',
    );
    expect(() => loadConfig({ ...base, LOKI_SECRET_ARN: 'arn:x', LOKI_BEARER_TOKEN: 't' })).toThrow(
      /^LOKI_BEARER_TOKEN/,
    );
    expect(() =>
      loadConfig({
        ...base,
        LOKI_URL: 'http://l',
        LOKI_USERNAME: 'u',
        LOKI_PASSWORD: 'p',
        LOKI_BEARER_TOKEN: 't',
      }),
    ).toThrow(/^LOKI_BEARER_TOKEN: cannot be combined/);
    expect(() => loadConfig({ ...base, LOKI_URL: 'http://l', LOKI_USERNAME: 'u' })).toThrow(/^LOKI_PASSWORD/);
  });

  it('refuses limits that contradict each other or are out of range', () => {
    const env = { ...base, LOKI_URL: 'http://l' };
    expect(() => loadConfig({ ...env, LOKI_MAX_BATCH_BYTES: '65536', LOKI_MAX_LINE_BYTES: '65536' })).toThrow(
      /^LOKI_MAX_LINE_BYTES: must be less than LOKI_MAX_BATCH_BYTES/,
    );
    expect(() =>
      loadConfig({ ...env, LOKI_RETRY_BASE_DELAY_MS: '900', LOKI_RETRY_MAX_DELAY_MS: '500' }),
    ).toThrow(/^LOKI_RETRY_BASE_DELAY_MS/);
    expect(() => loadConfig({ ...env, LOKI_MAX_ATTEMPTS: '0' })).toThrow(/^LOKI_MAX_ATTEMPTS/);
    expect(() => loadConfig({ ...env, LOKI_MAX_BATCH_BYTES: 'big' })).toThrow(/^LOKI_MAX_BATCH_BYTES/);
  });
});
