import {
  MetricEditorMode,
  MetricQueryType,
  MetricsQueryBuilder,
  QueryMode,
} from '@grafana/grafana-foundation-sdk/cloudwatch';
import {
  GraphDrawStyle,
  LegendDisplayMode,
  LegendPlacement,
  LogsDedupStrategy,
  LogsSortOrder,
  StackingConfigBuilder,
  StackingMode,
  VizLegendOptionsBuilder,
} from '@grafana/grafana-foundation-sdk/common';
import { PanelBuilder as LogsPanelBuilder } from '@grafana/grafana-foundation-sdk/logs';
import { DataqueryBuilder, LokiQueryType, QueryEditorMode } from '@grafana/grafana-foundation-sdk/loki';
import { PanelBuilder as TimeseriesPanelBuilder } from '@grafana/grafana-foundation-sdk/timeseries';
import { CLOUDWATCH, LOKI } from './datasources';

/** A LogQL query on the dashboard's Loki data source. */
export function lokiQuery(refId: string, expr: string, legendFormat?: string): DataqueryBuilder {
  const query = new DataqueryBuilder()
    .refId(refId)
    .datasource(LOKI)
    .expr(expr)
    .queryType(LokiQueryType.Range)
    .editorMode(QueryEditorMode.Code);
  return legendFormat ? query.legendFormat(legendFormat) : query;
}

export interface CloudWatchMetric {
  readonly refId: string;
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Record<string, string>;
  readonly statistic: string;
  readonly label?: string;
}

/** A CloudWatch metric-search query on the dashboard's CloudWatch data source, default region. */
export function cloudwatchQuery(metric: CloudWatchMetric): MetricsQueryBuilder {
  const query = new MetricsQueryBuilder()
    .refId(metric.refId)
    .datasource(CLOUDWATCH)
    .queryMode(QueryMode.Metrics)
    .metricQueryType(MetricQueryType.Search)
    .metricEditorMode(MetricEditorMode.Builder)
    .region('default')
    .namespace(metric.namespace)
    .metricName(metric.metricName)
    .dimensions(metric.dimensions)
    .matchExact(true)
    .statistic(metric.statistic)
    .period('');
  return metric.label ? query.label(metric.label) : query;
}

function legend(): VizLegendOptionsBuilder {
  return new VizLegendOptionsBuilder()
    .showLegend(true)
    .displayMode(LegendDisplayMode.List)
    .placement(LegendPlacement.Bottom)
    .calcs([]);
}

/** Stacked bars of counts per interval (LogQL `count_over_time`). */
export function countsPanel(id: number, title: string, description: string): TimeseriesPanelBuilder {
  return new TimeseriesPanelBuilder()
    .id(id)
    .title(title)
    .description(description)
    .datasource(LOKI)
    .drawStyle(GraphDrawStyle.Bars)
    .fillOpacity(80)
    .stacking(new StackingConfigBuilder().mode(StackingMode.Normal))
    .legend(legend())
    .unit('short')
    .min(0)
    .height(8)
    .span(12);
}

/** Lines of a CloudWatch metric. */
export function metricPanel(
  id: number,
  title: string,
  description: string,
  unit: string,
): TimeseriesPanelBuilder {
  return new TimeseriesPanelBuilder()
    .id(id)
    .title(title)
    .description(description)
    .datasource(CLOUDWATCH)
    .drawStyle(GraphDrawStyle.Line)
    .lineWidth(1)
    .fillOpacity(10)
    .legend(legend())
    .unit(unit)
    .min(0)
    .height(8)
    .span(12);
}

/** A log lines panel, newest first, with details and the labels shown. */
export function linesPanel(id: number, title: string, description: string, expr: string): LogsPanelBuilder {
  return new LogsPanelBuilder()
    .id(id)
    .title(title)
    .description(description)
    .datasource(LOKI)
    .withTarget(lokiQuery('A', expr).maxLines(500))
    .showTime(true)
    .showLabels(true)
    .showCommonLabels(false)
    .wrapLogMessage(true)
    .prettifyLogMessage(false)
    .enableLogDetails(true)
    .sortOrder(LogsSortOrder.Descending)
    .dedupStrategy(LogsDedupStrategy.None)
    .height(12)
    .span(24);
}
