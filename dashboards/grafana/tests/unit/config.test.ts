import { ConfigError } from '@unstoppable/core';
import { loadPublishConfig } from '../../src';

describe('loadPublishConfig', () => {
  it('reads the URL without a trailing slash, the token and the folder', () => {
    expect(
      loadPublishConfig({
        GRAFANA_URL: 'https://example.grafana.net/',
        GRAFANA_TOKEN: 'glsa_x',
        GRAFANA_FOLDER_UID: 'payments',
      }),
    ).toEqual({ grafanaUrl: 'https://example.grafana.net', token: 'glsa_x', folderUid: 'payments' });
  });

  it('keeps a sub-path Grafana is served under', () => {
    expect(
      loadPublishConfig({ GRAFANA_URL: 'http://127.0.0.1:3000/grafana', GRAFANA_TOKEN: 't' }).grafanaUrl,
    ).toBe('http://127.0.0.1:3000/grafana');
  });

  it('names the missing or bad variable', () => {
    expect(() => loadPublishConfig({ GRAFANA_TOKEN: 't' })).toThrow(
      new ConfigError('GRAFANA_URL', 'is required but not set'),
    );
    expect(() => loadPublishConfig({ GRAFANA_URL: 'https://g.example' })).toThrow(
      'GRAFANA_TOKEN: is required but not set',
    );
    expect(() => loadPublishConfig({ GRAFANA_URL: 'grafana', GRAFANA_TOKEN: 't' })).toThrow(
      /^GRAFANA_URL: is not a valid URL/,
    );
    expect(() => loadPublishConfig({ GRAFANA_URL: 'ftp://g', GRAFANA_TOKEN: 't' })).toThrow(
      /^GRAFANA_URL: must be an http/,
    );
  });
});
