import { buildDashboards, GrafanaPublishError, publishDashboards } from '../../src';
import { FakeGrafana } from '../support/fake-grafana';

describe('publishDashboards against a local Grafana API', () => {
  let grafana: FakeGrafana;

  beforeEach(async () => {
    grafana = await new FakeGrafana('glsa_test').start();
  });

  afterEach(() => grafana.stop());

  const config = () => ({ grafanaUrl: grafana.url, token: 'glsa_test' });

  it('posts each dashboard with overwrite and the bearer token', async () => {
    const published = await publishDashboards(buildDashboards(), { config: config() });

    expect(published).toEqual([
      {
        uid: 'unstoppable-payments-overview',
        title: 'Payments overview',
        version: 1,
        url: '/d/unstoppable-payments-overview/slug',
      },
      {
        uid: 'unstoppable-service-logs',
        title: 'Service logs',
        version: 1,
        url: '/d/unstoppable-service-logs/slug',
      },
    ]);
    for (const request of grafana.requests) {
      expect(request).toMatchObject({
        method: 'POST',
        path: '/api/dashboards/db',
        body: { overwrite: true },
      });
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.body).not.toHaveProperty('folderUid');
      expect(request.body.dashboard).not.toHaveProperty('id');
    }
    expect(grafana.dashboards.get('unstoppable-service-logs')?.model).toEqual(
      JSON.parse(JSON.stringify(buildDashboards()[1])),
    );
  });

  it('is idempotent: publishing again updates the same dashboards in place', async () => {
    await publishDashboards(buildDashboards(), { config: config() });
    const again = await publishDashboards(buildDashboards(), { config: config() });

    expect(again.map((d) => [d.uid, d.version])).toEqual([
      ['unstoppable-payments-overview', 2],
      ['unstoppable-service-logs', 2],
    ]);
    expect([...grafana.dashboards.keys()]).toEqual([
      'unstoppable-payments-overview',
      'unstoppable-service-logs',
    ]);
  });

  it('publishes into the configured folder', async () => {
    await publishDashboards(buildDashboards(), { config: { ...config(), folderUid: 'payments' } });
    expect(grafana.dashboards.get('unstoppable-service-logs')?.folderUid).toBe('payments');
  });

  it('names GRAFANA_TOKEN when the token is refused', async () => {
    await expect(
      publishDashboards(buildDashboards(), { config: { ...config(), token: 'wrong' } }),
    ).rejects.toThrow(
      new GrafanaPublishError(
        'unstoppable-payments-overview',
        401,
        'GRAFANA_TOKEN was refused (401): check the service account token',
      ),
    );
    expect(grafana.dashboards.size).toBe(0);
  });

  it("reports Grafana's message for other failures", async () => {
    grafana.failNextWith = { status: 403, body: { message: 'Access denied' } };
    await expect(publishDashboards(buildDashboards(), { config: config() })).rejects.toThrow(
      /GRAFANA_TOKEN lacks permission/,
    );
    grafana.failNextWith = { status: 500, body: { message: 'database is locked' } };
    await expect(publishDashboards(buildDashboards(), { config: config() })).rejects.toThrow(
      'publishing dashboard "unstoppable-payments-overview" failed: Grafana answered 500: database is locked',
    );
  });

  it('names GRAFANA_URL when Grafana cannot be reached', async () => {
    const { grafanaUrl } = config();
    await grafana.stop();
    await expect(
      publishDashboards(buildDashboards(), { config: { grafanaUrl, token: 'glsa_test' } }),
    ).rejects.toThrow(/cannot reach GRAFANA_URL \(http:\/\/127\.0\.0\.1:\d+\)/);
  });
});
