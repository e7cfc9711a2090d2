import { LogService } from '@unstoppable/core';
import {
  buildDashboards,
  LOKI,
  LogQL,
  PAYMENTS_OVERVIEW_UID,
  paymentsOverview,
  SERVICE_LOGS_UID,
  serviceLogs,
} from '../../src';
import { panelTargets, referencedVariables } from '../support/dashboard-walk';

describe('dashboards', () => {
  const dashboards = buildDashboards();

  it('have stable, unique uids within Grafana limits and no numeric id', () => {
    expect(dashboards.map((d) => d.uid)).toEqual([PAYMENTS_OVERVIEW_UID, SERVICE_LOGS_UID]);
    for (const dashboard of dashboards) {
      expect((dashboard.uid ?? '').length).toBeLessThanOrEqual(40);
      expect(dashboard).not.toHaveProperty('id');
    }
  });

  it('build the same JSON every time', () => {
    expect(JSON.stringify(buildDashboards())).toBe(JSON.stringify(dashboards));
  });

  it.each(dashboards.map((d) => [d.uid, d]))(
    '%s gives unique panel ids and unique refIds per panel',
    (_uid, dashboard) => {
      const ids = (dashboard.panels ?? []).map((panel) => panel.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const panel of dashboard.panels ?? []) {
        const refIds = ('targets' in panel ? (panel.targets ?? []) : []).map(
          (t) => (t as { refId?: string }).refId,
        );
        expect(refIds.every(Boolean)).toBe(true);
        expect(new Set(refIds).size).toBe(refIds.length);
      }
    },
  );

  it.each(dashboards.map((d) => [d.uid, d]))('%s only refers to variables it defines', (_uid, dashboard) => {
    const defined = new Set((dashboard.templating?.list ?? []).map((variable) => variable.name));
    for (const name of referencedVariables(dashboard)) expect(defined).toContain(name);
  });

  it.each(dashboards.map((d) => [d.uid, d]))(
    '%s names no data source instance, only variables',
    (_uid, dashboard) => {
      for (const target of panelTargets(dashboard)) {
        expect((target.query.datasource as { uid?: string }).uid).toMatch(/^\$\{(loki|cloudwatch)\}$/);
      }
    },
  );
});

describe('Payments overview', () => {
  const dashboard = paymentsOverview().build();
  const titles = (dashboard.panels ?? []).map((panel) => panel.title);

  it('shows outcomes, errors, circuit transitions, queue depth and gateway latency', () => {
    expect(titles).toEqual(
      expect.arrayContaining([
        'Orders by outcome',
        'Error lines by service',
        'Circuit transitions',
        'Queue depth',
        'Gateway latency',
      ]),
    );
  });

  it('counts the payment worker by its service label', () => {
    expect(LogQL.ordersByOutcome).toContain(`{service="${LogService.orderProcessor}", env="$env"}`);
    expect(LogQL.workflowFailures).toContain('service=~"order-workflow|cooldown-workflow"');
  });

  it('reads queue depth and gateway latency from CloudWatch', () => {
    const cloudwatch = panelTargets(dashboard).filter((t) => t.datasourceType === 'cloudwatch');
    expect(cloudwatch.map((t) => [t.query.namespace, t.query.metricName, t.query.statistic])).toEqual(
      expect.arrayContaining([
        ['AWS/SQS', 'ApproximateNumberOfMessagesVisible', 'Maximum'],
        ['UnstoppablePayments', 'GatewayLatency', 'p99'],
      ]),
    );
  });
});

describe('Payments overview: EMF counts', () => {
  const dashboard = paymentsOverview().build();

  it('charts every order count and both circuit transitions with the dimensions their emitters set', () => {
    const emf = panelTargets(dashboard).filter((t) => t.where.includes('/ Orders and circuit (EMF) /'));
    expect(emf.map((t) => [t.query.metricName, t.query.dimensions, t.query.statistic])).toEqual([
      ['OrdersPlaced', { service: 'order-api' }, 'Sum'],
      ['OrdersCaptured', { service: 'order-processor' }, 'Sum'],
      ['OrdersDeclined', { service: 'order-processor' }, 'Sum'],
      ['OrdersQueued', { service: 'retry-handler' }, 'Sum'],
      ['OrdersFailed', { service: 'notification-recorder' }, 'Sum'],
      ['CircuitTransitions', { service: 'notification-recorder', transition: 'CircuitOpened' }, 'Sum'],
      ['CircuitTransitions', { service: 'notification-recorder', transition: 'CircuitClosed' }, 'Sum'],
    ]);
  });
});

describe('Service logs', () => {
  const dashboard = serviceLogs().build();
  const variables = Object.fromEntries((dashboard.templating?.list ?? []).map((v) => [v.name, v]));

  it('offers the service label values and a free-text filter', () => {
    expect(variables.service).toMatchObject({
      type: 'query',
      query: 'label_values({env="$env"}, service)',
      datasource: LOKI,
    });
    expect(variables.filter).toMatchObject({ type: 'textbox', query: '' });
  });

  it('shows the lines of the chosen service that contain the filter', () => {
    const lines = panelTargets(dashboard).find((t) => t.where.includes('/ Lines /'));
    expect(lines?.query.expr).toBe('{env="$env", service="$service", level=~"$level"} |= "$filter"');
  });
});
