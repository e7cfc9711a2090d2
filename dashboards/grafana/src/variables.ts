import {
  QueryVariableBuilder,
  TextBoxVariableBuilder,
  VariableRefresh,
  VariableSort,
} from '@grafana/grafana-foundation-sdk/dashboard';
import { CLOUDWATCH, LOKI, VariableName } from './datasources';

/** `env`: values of the Loki `env` label. */
export function envVariable(): QueryVariableBuilder {
  return new QueryVariableBuilder(VariableName.env)
    .label('Environment')
    .datasource(LOKI)
    .query(`label_values(${VariableName.env})`)
    .refresh(VariableRefresh.OnTimeRangeChanged)
    .sort(VariableSort.AlphabeticalAsc);
}

/** `service`: values of the Loki `service` label within the chosen env. */
export function serviceVariable(): QueryVariableBuilder {
  return new QueryVariableBuilder(VariableName.service)
    .label('Service')
    .datasource(LOKI)
    .query(`label_values({env="$${VariableName.env}"}, ${VariableName.service})`)
    .refresh(VariableRefresh.OnTimeRangeChanged)
    .sort(VariableSort.AlphabeticalAsc);
}

/** `level`: the chosen service's `level` label values; All matches every level. */
export function levelVariable(): QueryVariableBuilder {
  return new QueryVariableBuilder(VariableName.level)
    .label('Level')
    .datasource(LOKI)
    .query(
      `label_values({env="$${VariableName.env}", service="$${VariableName.service}"}, ${VariableName.level})`,
    )
    .refresh(VariableRefresh.OnTimeRangeChanged)
    .sort(VariableSort.AlphabeticalAsc)
    .multi(true)
    .includeAll(true)
    .allValue('.+');
}

/** `filter`: free text every shown line must contain (`|= "$filter"`); empty shows all. */
export function filterVariable(): TextBoxVariableBuilder {
  return new TextBoxVariableBuilder(VariableName.filter)
    .label('Line contains')
    .defaultValue('')
    .current({ text: '', value: '' });
}

/** `queue`: SQS queue names from CloudWatch (the retry queue and its dead-letter queue). */
export function queueVariable(): QueryVariableBuilder {
  return new QueryVariableBuilder(VariableName.queue)
    .label('Queue')
    .datasource(CLOUDWATCH)
    .query({
      refId: 'CloudWatchVariableQueryEditor-VariableQuery',
      queryType: 'dimensionValues',
      region: 'default',
      namespace: 'AWS/SQS',
      metricName: 'ApproximateNumberOfMessagesVisible',
      dimensionKey: 'QueueName',
    })
    .refresh(VariableRefresh.OnDashboardLoad)
    .sort(VariableSort.AlphabeticalAsc)
    .multi(true)
    .includeAll(true);
}
