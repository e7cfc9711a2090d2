import { Metrics } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE, MetricName } from '@unstoppable/core';
import { captureOutput, emfMetrics, emfSum } from '@unstoppable/test-support';
import { ChargeMetrics } from '../../src';

describe('ChargeMetrics', () => {
  const record = (work: (metrics: ChargeMetrics) => void) =>
    captureOutput(async () => {
      const metrics = new ChargeMetrics(new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'test' }));
      work(metrics);
      metrics.flush();
    });

  it('counts a failed charge the way the workflow classifies its error', async () => {
    const { lines } = await record((metrics) => {
      metrics.notCaptured('PaymentDeclined');
      metrics.notCaptured('InvalidPaymentRequest');
      metrics.notCaptured('GatewayTimeout');
      // Anything unclassified (e.g. an idempotency record still in progress) is technical, as in the workflow.
      metrics.notCaptured('IdempotencyAlreadyInProgressError');
    });
    expect(emfSum(lines, MetricName.OrdersDeclined)).toBe(1);
    expect(emfSum(lines, MetricName.OrdersRejected)).toBe(1);
    expect(emfSum(lines, MetricName.ChargeTechnicalErrors)).toBe(2);
    expect(emfSum(lines, MetricName.OrdersCaptured)).toBe(0);
  });

  it('writes nothing, not even a warning, when nothing was recorded', async () => {
    const output = await record(() => undefined);
    expect(output.text).toBe('');
  });

  it('keeps every latency of a flush', async () => {
    const { lines } = await record((metrics) => {
      metrics.gatewayCall(12);
      metrics.gatewayCall(30);
    });
    expect(emfMetrics(lines, MetricName.GatewayLatency)).toMatchObject([
      { unit: 'Milliseconds', values: [12, 30] },
    ]);
  });
});
