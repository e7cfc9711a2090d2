import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { MetricDimension, MetricName } from '@unstoppable/core';
import type { ForwardStats } from './forward-stats';

/** Metric names the forwarder emits (EMF, namespace from config, dimension `service`); defined in core's `MetricName`. */
export const ForwarderMetric = {
  EntriesSent: MetricName.EntriesSent,
  /** Total, and once more per `reason` dimension. */
  EntriesDropped: MetricName.EntriesDropped,
  EntriesTruncated: MetricName.EntriesTruncated,
  PushRetries: MetricName.PushRetries,
  /** Invocations that threw: their events went to the on-failure destination. */
  PushFailures: MetricName.PushFailures,
} as const;

/** Adds one invocation's counts to `metrics`; drops by reason go out as single metrics with a `reason` dimension. */
export function recordForwardMetrics(metrics: Metrics, stats: ForwardStats): void {
  const dropped = Object.values(stats.dropped).reduce((sum, count) => sum + count, 0);
  metrics.addMetric(ForwarderMetric.EntriesSent, MetricUnit.Count, stats.sent);
  metrics.addMetric(ForwarderMetric.EntriesDropped, MetricUnit.Count, dropped);
  metrics.addMetric(ForwarderMetric.EntriesTruncated, MetricUnit.Count, stats.truncated);
  metrics.addMetric(ForwarderMetric.PushRetries, MetricUnit.Count, stats.retries);
  metrics.addMetric(ForwarderMetric.PushFailures, MetricUnit.Count, stats.failures);
  for (const [reason, count] of Object.entries(stats.dropped)) {
    if (count === 0) continue;
    metrics
      .singleMetric()
      .addDimension(MetricDimension.reason, reason)
      .addMetric(ForwarderMetric.EntriesDropped, MetricUnit.Count, count);
  }
}
