import { LogService, METRICS_NAMESPACE, MetricName } from '@unstoppable/core';
import {
  captureOutput,
  emfMetrics,
  emfSum,
  lambdaContext,
  startTestDynamo,
  type TestDynamo,
} from '@unstoppable/test-support';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import type { ApiEvent } from '../../src';
import {
  ADMIN_TOKEN,
  DLQ_URL,
  goodOrder,
  httpEvent,
  PREFIX,
  RETRY_QUEUE_URL,
  STATE_MACHINE_ARN,
  seedProducts,
  TABLE,
  TEST_CATALOG,
  TOKEN,
} from '../support/harness';

type Handler = (event: ApiEvent, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/**
 * The real Lambda entry point (src/handler.ts, config from the environment at load time) against
 * dynalite, with Step Functions mocked at the SDK boundary; stdout parsed into log lines and EMF.
 */
describe('order API handler: logs and metrics', () => {
  let dynamo: TestDynamo;
  let handler: Handler;
  const saved = { ...process.env };
  const call = (method: string, path: string, init: Parameters<typeof httpEvent>[2] = {}) =>
    captureOutput(() => handler(httpEvent(method, path, init), lambdaContext(`${PREFIX}-order-api`)));
  const handled = (lines: readonly Record<string, unknown>[]) =>
    lines.find((line) => line.message === 'request handled');

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    await seedProducts(dynamo, TEST_CATALOG);
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      ORDERS_TABLE: TABLE.orders,
      CIRCUIT_TABLE: TABLE.circuit,
      RUNTIME_CONFIG_TABLE: TABLE.runtimeConfig,
      NOTIFICATIONS_TABLE: TABLE.notifications,
      PRODUCTS_TABLE: TABLE.products,
      ORDER_STATE_MACHINE_ARN: STATE_MACHINE_ARN,
      RETRY_QUEUE_URL,
      DEAD_LETTER_QUEUE_URL: DLQ_URL,
      ADMIN_TOKEN,
    });
    delete process.env.POWERTOOLS_DEV;
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    await jest.isolateModulesAsync(async () => {
      // The same copy of the SDK the handler module will load, mocked before it creates its client.
      const sfn = await import('@aws-sdk/client-sfn');
      mockClient(sfn.SFNClient)
        .on(sfn.StartExecutionCommand)
        .resolves({ executionArn: `${STATE_MACHINE_ARN}:x`, startDate: new Date() });
      ({ handler } = (await import('../../src/handler')) as { handler: Handler });
    });
  });

  afterAll(async () => {
    process.env = saved;
    await dynamo.end();
  });

  it('counts a new order as OrdersPlaced and keys its lines with the order id and execution name', async () => {
    const output = await call('POST', '/orders', {
      body: goodOrder(),
      headers: { 'idempotency-key': 'telemetry-order-0001' },
    });

    expect(output.result?.statusCode).toBe(202);
    expect(emfMetrics(output.lines, MetricName.OrdersPlaced)).toEqual([
      {
        namespace: METRICS_NAMESPACE,
        name: MetricName.OrdersPlaced,
        unit: 'Count',
        dimensionNames: ['service'],
        dimensions: { service: LogService.orderApi },
        values: [1],
      },
    ]);
    const keyed = output.lines.filter((line) =>
      ['order accepted', 'order workflow started', 'request handled'].includes(String(line.message)),
    );
    expect(keyed).toHaveLength(3);
    for (const line of keyed) {
      expect(line).toMatchObject({
        service: LogService.orderApi,
        orderId: 'telemetry-order-0001',
        executionName: 'telemetry-order-0001',
      });
    }
    expect(output.text).not.toContain(TOKEN);
  });

  it('does not count an idempotent replay, and writes no empty metrics flush', async () => {
    const init = { body: goodOrder(), headers: { 'idempotency-key': 'telemetry-order-0002' } };
    await call('POST', '/orders', init);

    const replay = await call('POST', '/orders', init);

    expect(replay.result?.statusCode).toBe(200);
    expect(emfSum(replay.lines, MetricName.OrdersPlaced)).toBe(0);
    expect(emfMetrics(replay.lines)).toEqual([]);
    expect(replay.text).not.toContain('No application metrics');
    expect(handled(replay.lines)).toMatchObject({ orderId: 'telemetry-order-0002', statusCode: 200 });
    expect(replay.text).not.toContain(TOKEN);
  });

  it('keys GET /orders/{id} with the order and its current execution, without metrics', async () => {
    await call('POST', '/orders', {
      body: goodOrder(),
      headers: { 'idempotency-key': 'telemetry-order-0003' },
    });

    const output = await call('GET', '/orders/telemetry-order-0003');

    expect(output.result?.statusCode).toBe(200);
    expect(handled(output.lines)).toMatchObject({
      orderId: 'telemetry-order-0003',
      executionName: 'telemetry-order-0003',
      statusCode: 200,
    });
    expect(output.text).not.toContain('No application metrics');
    expect(output.text).not.toContain(TOKEN);
  });

  it('never logs a token from a refused submission: bad fields, a reused key, malformed JSON', async () => {
    await call('POST', '/orders', {
      body: goodOrder(),
      headers: { 'idempotency-key': 'telemetry-order-0004' },
    });
    const outputs = [
      await call('POST', '/orders', { body: goodOrder({ amount: -1, currency: TOKEN }) }),
      await call('POST', '/orders', {
        body: goodOrder({ amount: 4999, items: [{ sku: 'MUG-01', quantity: 1, unitPrice: 4999 }] }),
        headers: { 'idempotency-key': 'telemetry-order-0004' },
      }),
      await call('POST', '/orders', { body: `{"paymentToken":"${TOKEN}",` }),
    ];

    expect(outputs.map((output) => output.result?.statusCode)).toEqual([400, 409, 400]);
    for (const output of outputs) {
      expect(output.text).not.toContain(TOKEN);
      expect(emfSum(output.lines, MetricName.OrdersPlaced)).toBe(0);
    }
  });
});
