import {
  LOG_SERVICES,
  LogService,
  METRIC_EMITTER,
  METRIC_NAMES,
  MetricDimension,
  MetricName,
  metricsEmittedBy,
  WORKFLOW_LOG_SERVICES,
} from '../../src';

describe('metric names', () => {
  it('names every metric once, with its key as its value, in a form CloudWatch accepts', () => {
    expect(new Set(METRIC_NAMES).size).toBe(METRIC_NAMES.length);
    for (const [key, name] of Object.entries(MetricName)) {
      expect(name).toBe(key);
      expect(name).toMatch(/^[A-Z][A-Za-z]{1,254}$/);
    }
  });

  it('gives every metric an emitter that is a Lambda, never a workflow', () => {
    expect(Object.keys(METRIC_EMITTER).sort()).toEqual([...METRIC_NAMES].sort());
    for (const service of Object.values(METRIC_EMITTER)) {
      expect(LOG_SERVICES).toContain(service);
      expect(WORKFLOW_LOG_SERVICES as readonly string[]).not.toContain(service);
    }
  });

  it('lists what each service emits', () => {
    expect(metricsEmittedBy(LogService.orderProcessor)).toEqual([
      'GatewayLatency',
      'OrdersCaptured',
      'OrdersDeclined',
      'OrdersRejected',
      'ChargeTechnicalErrors',
    ]);
    expect(metricsEmittedBy(LogService.orderApi)).toEqual(['OrdersPlaced']);
    expect(metricsEmittedBy(LogService.retryHandler)).toEqual([
      'OrdersQueued',
      'QueuedOrdersResubmitted',
      'QueuedOrdersRedelayed',
    ]);
    expect(metricsEmittedBy(LogService.notificationRecorder)).toEqual(['CircuitTransitions', 'OrdersFailed']);
    expect(metricsEmittedBy(LogService.orderWorkflow)).toEqual([]);
  });

  it('keeps the dimension names apart from the metric names', () => {
    expect(MetricDimension.service).toBe('service');
    for (const dimension of Object.values(MetricDimension)) {
      expect(METRIC_NAMES as readonly string[]).not.toContain(dimension);
    }
  });
});
