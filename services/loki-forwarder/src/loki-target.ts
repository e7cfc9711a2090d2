/** Path of Loki's push API, appended to the configured base URL. */
export const LOKI_PUSH_PATH = '/loki/api/v1/push';

/** How the forwarder authenticates to Loki. */
export type LokiAuth =
  | { readonly kind: 'none' }
  /** Grafana Cloud: the Loki instance id as username, an access-policy token as password. */
  | { readonly kind: 'basic'; readonly username: string; readonly password: string }
  | { readonly kind: 'bearer'; readonly token: string };

/** Where and how to push. */
export interface LokiTarget {
  /** Full push endpoint, `<base>/loki/api/v1/push`. */
  readonly pushUrl: string;
  readonly auth: LokiAuth;
  /** Sent as `X-Scope-OrgID` for multi-tenant Loki. */
  readonly tenantId?: string;
}

/** Raw settings, from the environment or from the secret. */
export interface LokiTargetSettings {
  readonly url?: string;
  readonly username?: string;
  readonly password?: string;
  readonly bearerToken?: string;
  readonly tenantId?: string;
}

/** The name each setting has in its source (an env variable or a secret key), for error messages. */
export type LokiTargetSettingNames = { readonly [K in keyof LokiTargetSettings]-?: string };

/** Reports a bad setting by the name it has in its source; never returns. */
export type SettingFailure = (name: string, message: string) => never;

/**
 * Validates the settings and resolves the push endpoint and auth. A URL that already ends in
 * the push path is kept; otherwise the path is appended. Basic and bearer auth exclude each other.
 */
export function resolveLokiTarget(
  settings: LokiTargetSettings,
  names: LokiTargetSettingNames,
  fail: SettingFailure,
): LokiTarget {
  if (!settings.url) return fail(names.url, 'is required but not set');
  const pushUrl = lokiPushUrl(settings.url, names.url, fail);
  const hasBasic = settings.username !== undefined || settings.password !== undefined;
  if (hasBasic && settings.bearerToken !== undefined) {
    return fail(names.bearerToken, `cannot be combined with ${names.username}/${names.password}; set one`);
  }
  const tenant = settings.tenantId ? { tenantId: settings.tenantId } : {};
  if (settings.bearerToken !== undefined) {
    return { pushUrl, auth: { kind: 'bearer', token: settings.bearerToken }, ...tenant };
  }
  if (hasBasic) {
    if (!settings.username) return fail(names.username, `is required when ${names.password} is set`);
    if (!settings.password) return fail(names.password, `is required when ${names.username} is set`);
    return {
      pushUrl,
      auth: { kind: 'basic', username: settings.username, password: settings.password },
      ...tenant,
    };
  }
  return { pushUrl, auth: { kind: 'none' }, ...tenant };
}

function lokiPushUrl(raw: string, name: string, fail: SettingFailure): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail(name, `is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(name, `must be an http(s) URL, got "${url.protocol}"`);
  }
  if (url.username || url.password) {
    return fail(name, 'must not embed credentials; set them as username/password or bearer token');
  }
  const path = url.pathname.replace(/\/+$/, '');
  url.pathname = path.endsWith(LOKI_PUSH_PATH) ? path : `${path}${LOKI_PUSH_PATH}`;
  return url.toString();
}

/** The headers of a gzip'd JSON push to this target. */
export function lokiPushHeaders(target: LokiTarget): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'content-encoding': 'gzip',
  };
  if (target.auth.kind === 'basic') {
    const pair = `${target.auth.username}:${target.auth.password}`;
    headers.authorization = `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
  } else if (target.auth.kind === 'bearer') {
    headers.authorization = `Bearer ${target.auth.token}`;
  }
  if (target.tenantId) headers['x-scope-orgid'] = target.tenantId;
  return headers;
}
