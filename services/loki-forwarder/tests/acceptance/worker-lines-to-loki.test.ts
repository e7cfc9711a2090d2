import { dirname, join } from 'node:path';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  ChargeLogMessage,
  LogService,
  lambdaLogGroupName,
  orderExecutionName,
  tableName,
} from '@unstoppable/core';
import { startTestDynamo, type TestDynamo } from '@unstoppable/test-support';
import { invokeBundle } from '../support/invoke-bundle';
import {
  dataMessage,
  END_LINE,
  REPORT_LINE,
  START_LINE,
  subscriptionEvent,
} from '../support/subscription-payload';
import { TestLokiServer } from '../support/test-loki-server';

const PREFIX = 'acc';
const TOKEN = 'tok_acceptance4242';
const FORWARDER_BUNDLE = join(__dirname, '..', '..', 'dist', 'handler.mjs');
const WORKER_BUNDLE = join(
  dirname(require.resolve('@unstoppable/payment-processor/package.json')),
  'dist',
  'handler.mjs',
);
const T0 = 1_764_300_000_000;

/**
 * Issue #7's acceptance, with both Lambdas as they are deployed: the payment worker's bundle charges
 * an order against dynalite and its real output becomes a CloudWatch Logs subscription event; the
 * forwarder's bundle then pushes it to a Loki that checks every push body strictly.
 */
describe('payment worker lines through the forwarder bundle', () => {
  let dynamo: TestDynamo;
  let loki: TestLokiServer;

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    loki = await new TestLokiServer().start();
  });

  afterAll(async () => {
    await loki.stop();
    await dynamo.end();
  });

  async function workerLines(orderId: string): Promise<readonly string[]> {
    await DynamoDBDocumentClient.from(dynamo.client).send(
      new PutCommand({
        TableName: tableName(PREFIX, 'orders'),
        Item: {
          orderId,
          status: 'PENDING',
          amount: 1800,
          currency: 'EUR',
          paymentToken: TOKEN,
          attempt: 1,
          customer: { id: 'c-acc', email: 'grace@example.com' },
          items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1800 }],
          createdAt: '2026-11-28T00:00:00.000Z',
          updatedAt: '2026-11-28T00:00:00.000Z',
          listKey: 'ORDER',
          history: [],
        },
      }),
    );
    const charge = await invokeBundle(
      WORKER_BUNDLE,
      { orderId, attempt: 1, executionName: orderExecutionName(orderId, 1) },
      {
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        ORDERS_TABLE: tableName(PREFIX, 'orders'),
        RUNTIME_CONFIG_TABLE: tableName(PREFIX, 'runtimeConfig'),
        IDEMPOTENCY_TABLE: tableName(PREFIX, 'idempotency'),
        LEDGER_TABLE: tableName(PREFIX, 'ledger'),
      },
      `${PREFIX}-order-processor`,
    );
    expect(charge.error).toBeUndefined();
    expect(charge.result).toMatchObject({ orderId, status: 'CAPTURED' });
    return charge.lines;
  }

  it('pushes every line, unchanged, labelled service="order-processor"', async () => {
    const orderId = 'acc-order-0001';
    const logged = await workerLines(orderId);
    const jsonLines = logged.filter((line) => line.startsWith('{'));
    expect(jsonLines.some((line) => JSON.parse(line).service === LogService.orderProcessor)).toBe(true);
    // As CloudWatch stores them: the runtime's START / END / REPORT around the function's output.
    const messages = [START_LINE, ...logged, END_LINE, REPORT_LINE];
    const payload = dataMessage(
      lambdaLogGroupName(PREFIX, LogService.orderProcessor),
      messages.map((message, i) => ({ timestamp: T0 + i, message })),
    );

    const forward = await invokeBundle(
      FORWARDER_BUNDLE,
      subscriptionEvent(payload),
      {
        AWS_REGION: 'eu-west-1',
        ENVIRONMENT: 'acceptance',
        LOG_GROUP_PREFIX: PREFIX,
        LOKI_URL: loki.url,
      },
      `${PREFIX}-loki-forwarder`,
    );

    expect(forward.error).toBeUndefined();
    expect(loki.violations).toEqual([]);
    const entries = loki.entries();
    expect(entries.map((entry) => entry.line).sort()).toEqual([...messages].sort());
    for (const entry of entries) {
      expect(Object.keys(entry.labels).sort()).toEqual(['env', 'level', 'service']);
      expect(entry.labels).toMatchObject({ service: 'order-processor', env: 'acceptance' });
      const index = messages.indexOf(entry.line);
      expect(entry.ts).toBe(`${BigInt(T0 + index) * 1_000_000n}`);
    }
    const captured = entries.find(
      (entry) =>
        JSON.parse(entry.line.startsWith('{') ? entry.line : '{}').message === ChargeLogMessage.captured,
    );
    expect(captured?.labels.level).toBe('info');
    expect(captured?.metadata).toMatchObject({ order_id: orderId });
    expect(entries.find((entry) => entry.line === START_LINE)?.labels.level).toBe('unknown');
    // No payment token in any line the worker wrote.
    expect(entries.filter((entry) => entry.line.includes(TOKEN))).toEqual([]);
  });
});
