import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { MetricName, RETRY_MESSAGE_FROM_WORKFLOW, RETRY_MESSAGE_ORIGIN_ATTRIBUTE } from '@unstoppable/core';
import type { SQSRecord } from 'aws-lambda';
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

/**
 * Counts `OrdersQueued` for a message the order workflow sent (it carries the origin attribute;
 * this handler's re-delayed copies do not) on its first delivery, so a redelivery after a failed
 * batch item does not count twice. Counted before processing: the order was queued either way.
 */
export function countQueuedOrder(
  metrics: Pick<Metrics, 'addMetric'>,
  record: Pick<SQSRecord, 'attributes' | 'messageAttributes'>,
): void {
  const origin = record.messageAttributes?.[RETRY_MESSAGE_ORIGIN_ATTRIBUTE]?.stringValue;
  if (origin !== RETRY_MESSAGE_FROM_WORKFLOW) return;
  if (record.attributes?.ApproximateReceiveCount !== '1') return;
  metrics.addMetric(MetricName.OrdersQueued, MetricUnit.Count, 1);
}
