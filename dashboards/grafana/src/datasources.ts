import type { DataSourceRef } from '@grafana/grafana-foundation-sdk/common';
import { DatasourceVariableBuilder } from '@grafana/grafana-foundation-sdk/dashboard';

/** Names of the dashboard variables, referenced as `$name` in queries. */
export const VariableName = {
  loki: 'loki',
  cloudwatch: 'cloudwatch',
  env: 'env',
  service: 'service',
  level: 'level',
  filter: 'filter',
  queue: 'queue',
} as const;

/** The Loki data source chosen in the dashboard's `loki` variable. */
export const LOKI: DataSourceRef = { type: 'loki', uid: `\${${VariableName.loki}}` };

/** The CloudWatch data source chosen in the dashboard's `cloudwatch` variable. */
export const CLOUDWATCH: DataSourceRef = { type: 'cloudwatch', uid: `\${${VariableName.cloudwatch}}` };

/** Lets the viewer pick any Loki data source, so the JSON names no instance-specific uid. */
export function lokiDatasourceVariable(): DatasourceVariableBuilder {
  return new DatasourceVariableBuilder(VariableName.loki).label('Loki').type('loki');
}

/** Lets the viewer pick any CloudWatch data source. */
export function cloudwatchDatasourceVariable(): DatasourceVariableBuilder {
  return new DatasourceVariableBuilder(VariableName.cloudwatch).label('CloudWatch').type('cloudwatch');
}
