import { LokiSecretError } from './errors';
import {
  type LokiTarget,
  type LokiTargetSettingNames,
  type LokiTargetSettings,
  resolveLokiTarget,
} from './loki-target';

/** Keys of the JSON secret: `{ url, username, password }` or `{ url, bearerToken }`, optional `tenantId`. */
export const LOKI_SECRET_KEYS: LokiTargetSettingNames = {
  url: 'url',
  username: 'username',
  password: 'password',
  bearerToken: 'bearerToken',
  tenantId: 'tenantId',
};

/**
 * Parses the Loki secret's `SecretString`. `configuredTenantId` (from `LOKI_TENANT_ID`) applies
 * when the secret has no `tenantId`; two different tenant ids are a contradiction.
 */
export function parseLokiSecret(
  secretId: string,
  secretString: string | undefined,
  configuredTenantId?: string,
): LokiTarget {
  const fail = (field: string, message: string): never => {
    throw new LokiSecretError(secretId, field, message);
  };
  if (!secretString) return fail('SecretString', 'is empty; store the secret as a JSON string');
  let parsed: unknown;
  try {
    parsed = JSON.parse(secretString);
  } catch {
    return fail('SecretString', 'is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return fail('SecretString', 'must be a JSON object');
  }
  const record = parsed as Record<string, unknown>;
  const settings: Record<string, string> = {};
  for (const [setting, key] of Object.entries(LOKI_SECRET_KEYS)) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') return fail(key, `must be a string, got ${typeof value}`);
    const trimmed = value.trim();
    if (trimmed) settings[setting] = trimmed;
  }
  if (settings.tenantId && configuredTenantId && settings.tenantId !== configuredTenantId) {
    return fail('tenantId', `contradicts LOKI_TENANT_ID ("${configuredTenantId}"); set one of them`);
  }
  const withTenant: LokiTargetSettings = { ...settings, tenantId: settings.tenantId ?? configuredTenantId };
  return resolveLokiTarget(withTenant, LOKI_SECRET_KEYS, fail);
}
