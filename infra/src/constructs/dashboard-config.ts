import { Construct } from 'constructs';
import { type S3Bucket, S3Object } from '../aws';

/** The file the dashboard reads its settings from, beside `index.html` (dashboards/web `RUNTIME_CONFIG_FILE`). */
export const DASHBOARD_CONFIG_FILE = 'config.json';

/** What the dashboard's `config.json` holds (dashboards/web `RuntimeConfig`; a test proves the app parses it). */
export interface DashboardRuntimeConfig {
  /** Where the app sends its API calls. */
  readonly apiBaseUrl: string;
}

export interface DashboardConfigProps {
  /** The dashboard bucket (see `Web`). */
  readonly bucket: S3Bucket;
  /** Base URL of the HTTP API the dashboard calls (the `$default` stage's invoke URL). */
  readonly apiBaseUrl: string;
}

/**
 * The dashboard's runtime settings: `config.json` beside `index.html`, pointing the app at this
 * stack's API. Terraform owns the object, so the API URL never passes through CI; the site upload
 * (`scripts/publish-dashboard.sh`) leaves it alone.
 */
export class DashboardConfig extends Construct {
  public readonly object: S3Object;

  constructor(scope: Construct, id: string, props: DashboardConfigProps) {
    super(scope, id);
    const config: DashboardRuntimeConfig = { apiBaseUrl: props.apiBaseUrl };
    this.object = new S3Object(this, 'config', {
      bucket: props.bucket.id,
      key: DASHBOARD_CONFIG_FILE,
      content: JSON.stringify(config),
      contentType: 'application/json',
      // Read at every start of the app: a new API URL must take effect at once.
      cacheControl: 'no-cache',
    });
  }
}
