/** Base class of every error this package raises; subclasses set a stable `name`. */
export abstract class GrafanaDashboardsError extends Error {
  abstract override readonly name: string;
}

/** Grafana refused or failed a dashboard publish; the message says what to fix. */
export class GrafanaPublishError extends GrafanaDashboardsError {
  override readonly name = 'GrafanaPublishError';
  constructor(
    readonly dashboardUid: string,
    readonly status: number | undefined,
    message: string,
  ) {
    super(`publishing dashboard "${dashboardUid}" failed: ${message}`);
  }
}
