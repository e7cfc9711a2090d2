import { LogService, METRICS_NAMESPACE, MetricName, orderExecutionName } from '@unstoppable/core';
import {
  captureOutput,
  emfMetrics,
  emfSum,
  startTestDynamo,
  type TestDynamo,
} from '@unstoppable/test-support';
import type { Context } from 'aws-lambda';
import { lambdaContext, PREFIX, putOrder, setChaos, TOKEN, testConfig } from '../support/fixtures';

type Handler = (payload: unknown, context: Context) => Promise<unknown>;

/**
 * The real Lambda entry point (src/handler.ts, config read from the environment at load time),
 * pointed at dynalite, with its stdout parsed: log lines and EMF documents.
 */
describe('payment worker handler: logs and metrics', () => {
  let dynamo: TestDynamo;
  let handler: Handler;
  const saved = { ...process.env };
  let seq = 0;
  const nextOrderId = () => `telemetry-${String(++seq).padStart(4, '0')}`;
  const invoke = (payload: unknown) => captureOutput(() => handler(payload, lambdaContext()));
  const charge = (orderId: string) =>
    invoke({ orderId, attempt: 1, executionName: orderExecutionName(orderId, 1) });

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    const config = testConfig(dynamo.endpoint);
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      ORDERS_TABLE: config.ordersTable,
      RUNTIME_CONFIG_TABLE: config.runtimeConfigTable,
      IDEMPOTENCY_TABLE: config.idempotencyTable,
      LEDGER_TABLE: config.ledgerTable,
      CHAOS_CACHE_TTL_MS: '0',
    });
    delete process.env.POWERTOOLS_DEV;
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    await jest.isolateModulesAsync(async () => {
      ({ handler } = (await import('../../src/handler')) as { handler: Handler });
    });
  });

  afterAll(async () => {
    process.env = saved;
    await dynamo.end();
  });

  beforeEach(() => setChaos(dynamo.client, {}));

  it('counts a capture once, with its gateway latency, in the service namespace and dimension', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId);

    const first = await charge(orderId);
    expect(first.error).toBeUndefined();
    const [captured] = emfMetrics(first.lines, MetricName.OrdersCaptured);
    expect(captured).toMatchObject({
      namespace: METRICS_NAMESPACE,
      unit: 'Count',
      dimensionNames: ['service'],
      dimensions: { service: LogService.orderProcessor },
      values: [1],
    });
    const [latency] = emfMetrics(first.lines, MetricName.GatewayLatency);
    expect(latency?.unit).toBe('Milliseconds');
    expect(latency?.values).toHaveLength(1);
    expect(latency?.values[0]).toBeGreaterThanOrEqual(0);
    for (const name of [
      MetricName.OrdersDeclined,
      MetricName.OrdersRejected,
      MetricName.ChargeTechnicalErrors,
    ]) {
      expect(emfSum(first.lines, name)).toBe(0);
    }

    // The idempotent replay returns the same capture: no second count, no gateway call, no empty flush.
    const replay = await charge(orderId);
    expect(replay.result).toEqual(first.result);
    expect(emfMetrics(replay.lines)).toEqual([]);
    expect(replay.text).not.toContain('No application metrics');
  });

  it('counts a decline as OrdersDeclined', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId);
    await setChaos(dynamo.client, { declineRate: 1 });

    const output = await charge(orderId);
    expect((output.error as Error).name).toBe('PaymentDeclined');
    expect(emfSum(output.lines, MetricName.OrdersDeclined)).toBe(1);
    expect(emfSum(output.lines, MetricName.OrdersCaptured)).toBe(0);
    expect(emfMetrics(output.lines, MetricName.GatewayLatency)).toHaveLength(1);
  });

  it('counts a technical failure as ChargeTechnicalErrors', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId);
    await setChaos(dynamo.client, { down: true });

    const output = await charge(orderId);
    expect((output.error as Error).name).toBe('GatewayUnavailable');
    expect(emfMetrics(output.lines, MetricName.ChargeTechnicalErrors)).toMatchObject([
      { dimensions: { service: LogService.orderProcessor }, values: [1] },
    ]);
    expect(emfSum(output.lines, MetricName.OrdersCaptured)).toBe(0);
  });

  it('counts an invalid payload and a missing order as OrdersRejected', async () => {
    const invalid = await invoke({ orderId: 'x', attempt: 0 });
    const missing = await charge('order-that-does-not-exist');
    for (const output of [invalid, missing]) {
      expect((output.error as Error).name).toBe('InvalidPaymentRequest');
      expect(emfSum(output.lines, MetricName.OrdersRejected)).toBe(1);
      expect(emfSum(output.lines, MetricName.ChargeTechnicalErrors)).toBe(0);
    }
  });

  it('logs every outcome with the order id and execution name, and never the payment token', async () => {
    const [captured, declined, failed] = [nextOrderId(), nextOrderId(), nextOrderId()];
    for (const id of [captured, declined, failed]) await putOrder(dynamo.client, id);
    const outputs = [
      await charge(captured),
      // A token in the payload itself is refused (the schema is strict) without being echoed.
      await invoke({ orderId: captured, attempt: 2, executionName: `${captured}-a2`, paymentToken: TOKEN }),
    ];
    await setChaos(dynamo.client, { declineRate: 1 });
    outputs.push(await charge(declined));
    await setChaos(dynamo.client, { down: true });
    outputs.push(await charge(failed));

    for (const output of outputs) expect(output.text).not.toContain(TOKEN);
    const lines = outputs.flatMap((output) => output.lines);
    const chargeLines = lines.filter((line) => String(line.message).startsWith('payment '));
    expect(
      chargeLines.map((line) => [line.message, line.orderId, line.executionName, line.errorName]),
    ).toEqual([
      ['payment captured', captured, captured, undefined],
      ['payment not captured', undefined, undefined, 'InvalidPaymentRequest'],
      ['payment not captured', declined, declined, 'PaymentDeclined'],
      ['payment not captured', failed, failed, 'GatewayUnavailable'],
    ]);
    for (const line of chargeLines) expect(line.service).toBe(LogService.orderProcessor);
  });
});
