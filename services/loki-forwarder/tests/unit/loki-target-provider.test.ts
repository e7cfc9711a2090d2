import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { createTargetProvider, LokiSecretError, SecretTargetProvider } from '../../src';

const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:loki-AbCdEf';
const secretsManager = mockClient(SecretsManagerClient);

function secret(url: string) {
  return { SecretString: JSON.stringify({ url, username: '123456', password: 'glc_x' }) };
}

describe('SecretTargetProvider', () => {
  let now = 0;
  const provider = () =>
    new SecretTargetProvider({
      client: new SecretsManagerClient({}),
      secretId: ARN,
      ttlMs: 60_000,
      now: () => now,
    });

  beforeEach(() => {
    secretsManager.reset();
    now = 1_000_000;
  });

  it('reads the secret by its ARN and reuses it within the TTL', async () => {
    secretsManager.on(GetSecretValueCommand, { SecretId: ARN }).resolves(secret('https://a.example'));
    const targets = provider();

    const first = await targets.get();
    now += 59_999;
    const second = await targets.get();

    expect(first.pushUrl).toBe('https://a.example/loki/api/v1/push');
    expect(second).toBe(first);
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('reads again once the TTL has passed, picking up a rotated secret', async () => {
    secretsManager
      .on(GetSecretValueCommand)
      .resolvesOnce(secret('https://a.example'))
      .resolvesOnce(secret('https://b.example'));
    const targets = provider();

    await targets.get();
    now += 60_000;

    expect((await targets.get()).pushUrl).toBe('https://b.example/loki/api/v1/push');
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });

  it('reads again after invalidate', async () => {
    secretsManager.on(GetSecretValueCommand).resolves(secret('https://a.example'));
    const targets = provider();
    await targets.get();
    targets.invalidate();
    await targets.get();
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });

  it('shares one read between concurrent callers', async () => {
    secretsManager.on(GetSecretValueCommand).resolves(secret('https://a.example'));
    const targets = provider();
    const [a, b] = await Promise.all([targets.get(), targets.get()]);
    expect(a).toBe(b);
    expect(secretsManager.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('wraps a failed read in an error naming the secret and the call', async () => {
    const denied = Object.assign(new Error('not authorized to perform secretsmanager:GetSecretValue'), {
      name: 'AccessDeniedException',
    });
    secretsManager.on(GetSecretValueCommand).rejects(denied);

    await expect(provider().get()).rejects.toThrow(
      new LokiSecretError(ARN, 'GetSecretValue', `failed (AccessDeniedException: ${denied.message})`),
    );
  });

  it('reports a malformed secret and does not cache it', async () => {
    secretsManager
      .on(GetSecretValueCommand)
      .resolvesOnce({ SecretString: '{}' })
      .resolves(secret('https://a.example'));
    const targets = provider();
    await expect(targets.get()).rejects.toThrow(/url: is required/);
    expect((await targets.get()).pushUrl).toBe('https://a.example/loki/api/v1/push');
  });
});

describe('createTargetProvider', () => {
  it('serves a static target without calling Secrets Manager', async () => {
    secretsManager.reset();
    const target = { pushUrl: 'http://127.0.0.1:3100/loki/api/v1/push', auth: { kind: 'none' } as const };
    const targets = createTargetProvider({ kind: 'static', target }, new SecretsManagerClient({}));
    expect(await targets.get()).toBe(target);
    expect(secretsManager.calls()).toHaveLength(0);
  });

  it('passes the configured tenant to the secret provider', async () => {
    secretsManager.reset();
    secretsManager
      .on(GetSecretValueCommand)
      .resolves({ SecretString: JSON.stringify({ url: 'https://a.example' }) });
    const targets = createTargetProvider(
      { kind: 'secret', secretArn: ARN, ttlMs: 1000, tenantId: 'payments' },
      new SecretsManagerClient({}),
    );
    expect((await targets.get()).tenantId).toBe('payments');
  });
});
