import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { classifyErrorName, MetricName, type PaymentErrorKind } from '@unstoppable/core';

/** The outcome metric of a charge that did not capture, by how the workflow classifies its error. */
const NOT_CAPTURED_METRIC: Readonly<Record<PaymentErrorKind, MetricName>> = {
  decline: MetricName.OrdersDeclined,
  invalid: MetricName.OrdersRejected,
  technical: MetricName.ChargeTechnicalErrors,
};

/** The payment worker's EMF metrics (names from core's `MetricName`, dimension `service`). */
export class ChargeMetrics {
  constructor(private readonly metrics: Metrics) {}

  /** One gateway call took `durationMs`, whatever its answer. */
  gatewayCall(durationMs: number): void {
    this.metrics.addMetric(MetricName.GatewayLatency, MetricUnit.Milliseconds, durationMs);
  }

  /** A charge captured: the order completes. */
  captured(): void {
    this.metrics.addMetric(MetricName.OrdersCaptured, MetricUnit.Count, 1);
  }

  /**
   * A charge that did not capture, counted as the workflow will treat it: declined, rejected
   * (InvalidPaymentRequest) or technical (anything else, e.g. GatewayUnavailable).
   */
  notCaptured(errorName: string): void {
    this.metrics.addMetric(NOT_CAPTURED_METRIC[classifyErrorName(errorName)], MetricUnit.Count, 1);
  }

  /** Writes the EMF document, only when something was recorded (an empty flush only logs a warning). */
  flush(): void {
    if (this.metrics.hasStoredMetrics()) this.metrics.publishStoredMetrics();
  }
}
