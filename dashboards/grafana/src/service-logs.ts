import { DashboardBuilder, DashboardCursorSync } from '@grafana/grafana-foundation-sdk/dashboard';
import { builtInAnnotations } from './annotations';
import { lokiDatasourceVariable } from './datasources';
import { LogQL } from './logql';
import { countsPanel, linesPanel, lokiQuery } from './panels';
import { envVariable, filterVariable, levelVariable, serviceVariable } from './variables';

/** Stable uid: publishing again overwrites the same dashboard. */
export const SERVICE_LOGS_UID = 'unstoppable-service-logs';

/** "Service logs": one service's lines (`{service="$service"} |= "$filter"`) and their volume by level. */
export function serviceLogs(): DashboardBuilder {
  return new DashboardBuilder('Service logs')
    .uid(SERVICE_LOGS_UID)
    .description(
      'Lines of one service, filtered by level and free text. Order, request and trace ids are structured metadata: add | order_id="..." in Explore.',
    )
    .tags(['payments', 'unstoppable', 'logs'])
    .editable()
    .tooltip(DashboardCursorSync.Crosshair)
    .time({ from: 'now-1h', to: 'now' })
    .refresh('30s')
    .annotations(builtInAnnotations())
    .withVariable(lokiDatasourceVariable())
    .withVariable(envVariable())
    .withVariable(serviceVariable())
    .withVariable(levelVariable())
    .withVariable(filterVariable())
    .withPanel(
      countsPanel(1, 'Lines by level', 'Lines of $service per interval that contain the filter text.')
        .withTarget(lokiQuery('A', LogQL.serviceVolumeByLevel, '{{level}}'))
        .span(24),
    )
    .withPanel(
      linesPanel(
        2,
        'Lines',
        'Lines of $service that contain the filter text, newest first.',
        LogQL.serviceLines,
      ).height(20),
    );
}
