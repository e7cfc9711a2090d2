import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import {
  type AdminAlertKind,
  ALERT_KIND_ATTRIBUTE,
  CIRCUIT_TRANSITION_ALERTS,
  isAdminAlertKind,
  MetricDimension,
  MetricName,
  ORDER_FAILED_ALERTS,
} from '@unstoppable/core';

/** What an SNS record says about its alert kind: none (e.g. a customer notification), a known kind, or an unknown value. */
export type AlertKindReading =
  | { readonly kind: 'none' }
  | { readonly kind: 'known'; readonly alertKind: AdminAlertKind }
  | { readonly kind: 'unknown'; readonly value: string; readonly type: string };

/**
 * Reads the `alertKind` String message attribute of an SNS Lambda record
 * (`Sns.MessageAttributes.alertKind = { Type: 'String', Value }`).
 */
export function readAlertKind(record: unknown): AlertKindReading {
  const attributes = (record as { Sns?: { MessageAttributes?: unknown } } | undefined)?.Sns
    ?.MessageAttributes;
  if (!attributes || typeof attributes !== 'object') return { kind: 'none' };
  const attribute = (attributes as Record<string, { Type?: unknown; Value?: unknown } | undefined>)[
    ALERT_KIND_ATTRIBUTE
  ];
  if (attribute === undefined) return { kind: 'none' };
  const value = attribute?.Type === 'String' ? attribute.Value : undefined;
  if (isAdminAlertKind(value)) return { kind: 'known', alertKind: value };
  // Capped: the value is logged.
  return {
    kind: 'unknown',
    value: String(attribute?.Value).slice(0, 64),
    type: String(attribute?.Type).slice(0, 16),
  };
}

/**
 * Counts a recorded admin alert: a circuit transition goes out at once as `CircuitTransitions`
 * with its own `transition` dimension; an order failure is stored as `OrdersFailed` until the
 * caller flushes. Other kinds count nothing.
 */
export function countAlert(metrics: Metrics, alertKind: AdminAlertKind): void {
  if ((CIRCUIT_TRANSITION_ALERTS as readonly AdminAlertKind[]).includes(alertKind)) {
    metrics
      .singleMetric()
      .addDimension(MetricDimension.transition, alertKind)
      .addMetric(MetricName.CircuitTransitions, MetricUnit.Count, 1);
  }
  if ((ORDER_FAILED_ALERTS as readonly AdminAlertKind[]).includes(alertKind)) {
    metrics.addMetric(MetricName.OrdersFailed, MetricUnit.Count, 1);
  }
}
