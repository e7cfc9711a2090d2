import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import type { PublishConfig } from './config';
import { GrafanaPublishError } from './errors';

/** Grafana's "create or update dashboard" endpoint. */
export const DASHBOARDS_API_PATH = '/api/dashboards/db';

export interface PublishOptions {
  readonly config: PublishConfig;
  /** Version message shown in the dashboard's history. @default 'published by @unstoppable/grafana-dashboards' */
  readonly message?: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** What Grafana answered for one published dashboard. */
export interface PublishedDashboard {
  readonly uid: string;
  readonly title: string;
  readonly version: number;
  /** Path of the dashboard in Grafana, e.g. `/d/<uid>/<slug>`. */
  readonly url: string;
}

interface SaveResponse {
  readonly uid?: string;
  readonly version?: number;
  readonly url?: string;
  readonly message?: string;
}

async function readJson(response: Response): Promise<SaveResponse> {
  const text = await response.text();
  try {
    return JSON.parse(text) as SaveResponse;
  } catch {
    return { message: text.slice(0, 300) };
  }
}

function failureMessage(status: number, body: SaveResponse): string {
  if (status === 401) return 'GRAFANA_TOKEN was refused (401): check the service account token';
  if (status === 403)
    return 'GRAFANA_TOKEN lacks permission to write dashboards (403): give it the Editor role';
  if (status === 404) return 'Grafana has no dashboards API at GRAFANA_URL (404): check the URL';
  return `Grafana answered ${status}: ${body.message ?? 'no message'}`;
}

/**
 * Creates or updates each dashboard through `POST /api/dashboards/db` with `overwrite: true`.
 * Dashboards are matched by their stable uid (the numeric `id` is never sent), so publishing
 * again updates them in place: the operation is idempotent.
 */
export async function publishDashboards(
  dashboards: readonly Dashboard[],
  options: PublishOptions,
): Promise<PublishedDashboard[]> {
  const { config } = options;
  const doFetch = options.fetch ?? globalThis.fetch;
  const endpoint = `${config.grafanaUrl}${DASHBOARDS_API_PATH}`;
  const published: PublishedDashboard[] = [];
  for (const dashboard of dashboards) {
    const uid = dashboard.uid;
    if (!uid) throw new GrafanaPublishError('(none)', undefined, `dashboard "${dashboard.title}" has no uid`);
    const { id: _id, ...model } = dashboard;
    const payload = {
      dashboard: model,
      overwrite: true,
      message: options.message ?? 'published by @unstoppable/grafana-dashboards',
      ...(config.folderUid ? { folderUid: config.folderUid } : {}),
    };
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${config.token}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify(payload),
      });
    } catch (error) {
      const cause =
        error instanceof Error
          ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}`
          : String(error);
      throw new GrafanaPublishError(
        uid,
        undefined,
        `cannot reach GRAFANA_URL (${config.grafanaUrl}): ${cause}`,
      );
    }
    const body = await readJson(response);
    if (!response.ok)
      throw new GrafanaPublishError(uid, response.status, failureMessage(response.status, body));
    if (body.uid !== uid) {
      throw new GrafanaPublishError(uid, response.status, `Grafana saved it under uid "${body.uid}" instead`);
    }
    published.push({ uid, title: dashboard.title ?? uid, version: body.version ?? 0, url: body.url ?? '' });
  }
  return published;
}
