import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { MetricName } from '@unstoppable/core';
import type { RetryOutcome } from './order-retrier';

/** The metric each outcome counts; a redelivery (`already-started`) counts nothing: it was counted when it started. */
const OUTCOME_METRIC: Readonly<Record<RetryOutcome, MetricName | undefined>> = {
  started: MetricName.QueuedOrdersResubmitted,
  redelayed: MetricName.QueuedOrdersRedelayed,
  'already-started': undefined,
};

/** Counts what was done with one retry message (EMF, names from core's `MetricName`). */
export function countRetryOutcome(metrics: Pick<Metrics, 'addMetric'>, outcome: RetryOutcome): void {
  const name = OUTCOME_METRIC[outcome];
  if (name) metrics.addMetric(name, MetricUnit.Count, 1);
}
