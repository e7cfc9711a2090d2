import { LokiSecretError, parseLokiSecret } from '../../src';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:loki-AbCdEf';

describe('parseLokiSecret', () => {
  it('reads Grafana Cloud basic credentials', () => {
    const secret = JSON.stringify({
      url: 'https://logs-prod.example.net',
      username: '123456',
      password: 'glc_x',
    });
    expect(parseLokiSecret(ARN, secret)).toEqual({
      pushUrl: 'https://logs-prod.example.net/loki/api/v1/push',
      auth: { kind: 'basic', username: '123456', password: 'glc_x' },
    });
  });

  it('reads a bearer token and a tenant id', () => {
    const secret = JSON.stringify({ url: 'https://loki.internal', bearerToken: 'tok', tenantId: 'payments' });
    expect(parseLokiSecret(ARN, secret)).toEqual({
      pushUrl: 'https://loki.internal/loki/api/v1/push',
      auth: { kind: 'bearer', token: 'tok' },
      tenantId: 'payments',
    });
  });

  it('falls back to the configured tenant and refuses a contradicting one', () => {
    const secret = JSON.stringify({ url: 'https://loki.internal' });
    expect(parseLokiSecret(ARN, secret, 'payments').tenantId).toBe('payments');
    const other = JSON.stringify({ url: 'https://loki.internal', tenantId: 'other' });
    expect(() => parseLokiSecret(ARN, other, 'payments')).toThrow(/tenantId: contradicts LOKI_TENANT_ID/);
  });

  it('names the key at fault', () => {
    expect(() => parseLokiSecret(ARN, undefined)).toThrow(
      new LokiSecretError(ARN, 'SecretString', 'is empty; store the secret as a JSON string'),
    );
    expect(() => parseLokiSecret(ARN, 'url=https://x')).toThrow(/SecretString: is not valid JSON/);
    expect(() => parseLokiSecret(ARN, '["x"]')).toThrow(/SecretString: must be a JSON object/);
    expect(() => parseLokiSecret(ARN, '{}')).toThrow(`secret ${ARN}, url: is required but not set`);
    expect(() => parseLokiSecret(ARN, JSON.stringify({ url: 'https://x', password: 5 }))).toThrow(
      /password: must be a string, got number/,
    );
    expect(() => parseLokiSecret(ARN, JSON.stringify({ url: 'https://x', username: 'u' }))).toThrow(
      /password: is required when username is set/,
    );
    expect(() =>
      parseLokiSecret(
        ARN,
        JSON.stringify({ url: 'https://x', username: 'u', password: 'p', bearerToken: 't' }),
      ),
    ).toThrow(/bearerToken: cannot be combined with username\/password/);
  });
});
