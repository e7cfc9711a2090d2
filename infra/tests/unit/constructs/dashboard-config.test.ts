import { S3Bucket, S3Object } from '../../../src/aws';
import { DASHBOARD_CONFIG_FILE, DashboardConfig } from '../../../src/constructs/dashboard-config';
import { findResource, synth } from '../../support/fixtures';

/**
 * The web app's own config module. Loaded at run time, not imported: it is browser code (DOM
 * types), which this package's Node type-check would reject.
 */
const webConfig = jest.requireActual<{
  RUNTIME_CONFIG_FILE: string;
  parseRuntimeConfig: (raw: unknown, pageUrl: string) => { apiBaseUrl: string };
}>('@unstoppable/web/src/config/runtime-config');

const API_URL = 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/';
const DASHBOARD = 'https://d111111abcdef8.cloudfront.net/index.html';

const build = (apiBaseUrl = API_URL) =>
  synth((scope) => {
    const bucket = new S3Bucket(scope, 'dashboard', { bucketPrefix: 'up-dev-dashboard-' });
    new DashboardConfig(scope, 'dashboard-config', { bucket, apiBaseUrl });
  });

describe('DashboardConfig', () => {
  it('writes config.json beside index.html in the dashboard bucket, as JSON revalidated on every load', () => {
    const { json, stack } = build();
    const bucket = findResource(stack, 'aws_s3_bucket', {});
    expect(json).toHaveResourceWithProperties(S3Object, {
      bucket: bucket.ref('id'),
      key: 'config.json',
      content_type: 'application/json',
      cache_control: 'no-cache',
    });
  });

  it('uses the file name the web app reads its settings from', () => {
    expect(DASHBOARD_CONFIG_FILE).toBe(webConfig.RUNTIME_CONFIG_FILE);
  });

  it('points the dashboard at the API URL in the shape the web app parses', () => {
    const object = findResource(build().stack, 'aws_s3_object', { key: 'config.json' });
    const content = JSON.parse(String(object.body.content));
    expect(content).toEqual({ apiBaseUrl: API_URL });
    // The web app's own parser accepts it and calls the API, not the dashboard's origin.
    expect(webConfig.parseRuntimeConfig(content, DASHBOARD)).toEqual({
      apiBaseUrl: 'https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com',
    });
  });
});
