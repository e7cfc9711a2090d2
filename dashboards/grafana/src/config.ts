import { ConfigError, type Env, optionalEnv, requiredEnv } from '@unstoppable/core';

/** Where the publish script sends the dashboards. */
export interface PublishConfig {
  /** Grafana base URL (GRAFANA_URL), e.g. `https://example.grafana.net`. */
  readonly grafanaUrl: string;
  /** Service account token with dashboard write access (GRAFANA_TOKEN). */
  readonly token: string;
  /** Folder to publish into (GRAFANA_FOLDER_UID); the General folder when unset. */
  readonly folderUid?: string;
}

/** Reads and validates the publish settings; every error names the variable at fault. */
export function loadPublishConfig(env: Env): PublishConfig {
  const raw = requiredEnv(env, 'GRAFANA_URL');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('GRAFANA_URL', `is not a valid URL: "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError('GRAFANA_URL', `must be an http(s) URL, got "${url.protocol}"`);
  }
  const folderUid = optionalEnv(env, 'GRAFANA_FOLDER_UID');
  return {
    grafanaUrl: url.toString().replace(/\/+$/, ''),
    token: requiredEnv(env, 'GRAFANA_TOKEN'),
    ...(folderUid ? { folderUid } : {}),
  };
}
