import { LocalStackConfigError } from '../../../src/errors';
import { lokiConnectionFromEnv, resolveLokiBridgeOptions } from '../../../src/logs';

describe('lokiConnectionFromEnv', () => {
  it('is undefined when LOKI_URL is not set: logs stay local', () => {
    expect(lokiConnectionFromEnv({})).toBeUndefined();
    expect(lokiConnectionFromEnv({ LOKI_URL: '  ' })).toBeUndefined();
  });

  it('reads the URL, basic auth and tenant the forwarder reads', () => {
    expect(
      lokiConnectionFromEnv({
        LOKI_URL: 'https://logs.example.net',
        LOKI_USERNAME: '123456',
        LOKI_PASSWORD: 'glc_token',
        LOKI_TENANT_ID: 'team-a',
      }),
    ).toEqual({
      lokiUrl: 'https://logs.example.net',
      username: '123456',
      password: 'glc_token',
      tenantId: 'team-a',
    });
    expect(lokiConnectionFromEnv({ LOKI_URL: 'http://127.0.0.1:3100', LOKI_BEARER_TOKEN: 't' })).toEqual({
      lokiUrl: 'http://127.0.0.1:3100',
      bearerToken: 't',
    });
  });

  it.each([
    [{ LOKI_URL: 'not a url' }, 'LOKI_URL'],
    [{ LOKI_URL: 'ftp://host' }, 'LOKI_URL'],
    [{ LOKI_URL: 'http://h', LOKI_USERNAME: 'u' }, 'LOKI_PASSWORD'],
    [
      { LOKI_URL: 'http://h', LOKI_USERNAME: 'u', LOKI_PASSWORD: 'p', LOKI_BEARER_TOKEN: 't' },
      'LOKI_BEARER_TOKEN',
    ],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => lokiConnectionFromEnv(env)).toThrow(LocalStackConfigError);
    expect(() => lokiConnectionFromEnv(env)).toThrow(new RegExp(`^${variable}: `));
  });
});

describe('resolveLokiBridgeOptions', () => {
  it('applies the defaults and resolves the push URL', () => {
    expect(resolveLokiBridgeOptions({ lokiUrl: 'http://127.0.0.1:3100', prefix: 'local' })).toEqual({
      target: { pushUrl: 'http://127.0.0.1:3100/loki/api/v1/push', auth: { kind: 'none' } },
      prefix: 'local',
      env: 'local',
      flushIntervalMs: 1000,
      flushAtEvents: 1000,
      maxBufferedEvents: 50_000,
      flushTimeoutMs: 10_000,
      stopTimeoutMs: 5000,
      quiet: false,
      workflowLogLevel: 'ALL',
    });
  });

  it.each([
    [{ lokiUrl: '' }, 'lokiUrl'],
    [{ lokiUrl: 'http://h', bearerToken: 't', username: 'u', password: 'p' }, 'bearerToken'],
    [{ prefix: '' }, 'prefix'],
    [{ env: 'has space' }, 'env'],
    [{ flushIntervalMs: 0 }, 'flushIntervalMs'],
    [{ flushAtEvents: 1.5 }, 'flushAtEvents'],
    [{ maxBufferedEvents: 0 }, 'maxBufferedEvents'],
    [{ workflowLogLevel: 'DEBUG' as never }, 'workflowLogLevel'],
  ])('rejects %j naming %s', (override, field) => {
    const options = { lokiUrl: 'http://127.0.0.1:3100', prefix: 'local', ...override };
    expect(() => resolveLokiBridgeOptions(options)).toThrow(LocalStackConfigError);
    expect(() => resolveLokiBridgeOptions(options)).toThrow(new RegExp(`^${field}: `));
  });
});
