import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import { paymentsOverview } from './payments-overview';
import { serviceLogs } from './service-logs';

/** Every dashboard of this package, as Grafana JSON models with stable uids. */
export function buildDashboards(): Dashboard[] {
  return [paymentsOverview().build(), serviceLogs().build()];
}
