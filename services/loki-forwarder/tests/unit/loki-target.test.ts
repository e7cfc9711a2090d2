import { LOKI_ENV_NAMES, lokiPushHeaders, resolveLokiTarget } from '../../src';

const fail = (name: string, message: string): never => {
  throw new Error(`${name}: ${message}`);
};
const resolve = (settings: Parameters<typeof resolveLokiTarget>[0]) =>
  resolveLokiTarget(settings, LOKI_ENV_NAMES, fail);

describe('resolveLokiTarget', () => {
  it('appends the push path to a base URL, keeping a path prefix', () => {
    expect(resolve({ url: 'https://logs.example.net' }).pushUrl).toBe(
      'https://logs.example.net/loki/api/v1/push',
    );
    expect(resolve({ url: 'https://gw.example.net/tenant-a/' }).pushUrl).toBe(
      'https://gw.example.net/tenant-a/loki/api/v1/push',
    );
  });

  it('keeps a URL that already is the push endpoint', () => {
    expect(resolve({ url: 'http://127.0.0.1:3100/loki/api/v1/push' }).pushUrl).toBe(
      'http://127.0.0.1:3100/loki/api/v1/push',
    );
  });

  it('resolves basic, bearer and no auth, with an optional tenant', () => {
    expect(
      resolve({ url: 'https://l.example', username: '123456', password: 'glc_x', tenantId: 't1' }),
    ).toMatchObject({
      auth: { kind: 'basic', username: '123456', password: 'glc_x' },
      tenantId: 't1',
    });
    expect(resolve({ url: 'https://l.example', bearerToken: 'tok' }).auth).toEqual({
      kind: 'bearer',
      token: 'tok',
    });
    expect(resolve({ url: 'https://l.example' })).toEqual({
      pushUrl: 'https://l.example/loki/api/v1/push',
      auth: { kind: 'none' },
    });
  });

  it('names the setting at fault', () => {
    expect(() => resolve({})).toThrow('LOKI_URL: is required but not set');
    expect(() => resolve({ url: 'not a url' })).toThrow(/^LOKI_URL: is not a valid URL/);
    expect(() => resolve({ url: 'ftp://l.example' })).toThrow(/^LOKI_URL: must be an http\(s\) URL/);
    expect(() => resolve({ url: 'https://u:p@l.example' })).toThrow(/^LOKI_URL: must not embed credentials/);
    expect(() => resolve({ url: 'https://l.example', username: 'u' })).toThrow(
      'LOKI_PASSWORD: is required when LOKI_USERNAME is set',
    );
    expect(() => resolve({ url: 'https://l.example', password: 'p' })).toThrow(
      'LOKI_USERNAME: is required when LOKI_PASSWORD is set',
    );
    expect(() =>
      resolve({ url: 'https://l.example', username: 'u', password: 'p', bearerToken: 't' }),
    ).toThrow(/^LOKI_BEARER_TOKEN: cannot be combined with LOKI_USERNAME\/LOKI_PASSWORD/);
  });
});

describe('lokiPushHeaders', () => {
  const base = { pushUrl: 'https://l.example/loki/api/v1/push' };

  it('sends gzip JSON with basic auth', () => {
    expect(
      lokiPushHeaders({ ...base, auth: { kind: 'basic', username: '123456', password: 'glc_tok' } }),
    ).toEqual({
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      authorization: `Basic ${Buffer.from('123456:glc_tok').toString('base64')}`,
    });
  });

  it('sends bearer auth and the tenant header', () => {
    const headers = lokiPushHeaders({
      ...base,
      auth: { kind: 'bearer', token: 'tok' },
      tenantId: 'payments',
    });
    expect(headers.authorization).toBe('Bearer tok');
    expect(headers['x-scope-orgid']).toBe('payments');
  });

  it('sends no authorization without credentials', () => {
    expect(lokiPushHeaders({ ...base, auth: { kind: 'none' } })).not.toHaveProperty('authorization');
  });
});
