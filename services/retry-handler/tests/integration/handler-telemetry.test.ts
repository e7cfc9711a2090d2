import type {
  SFNClientResolvedConfig,
  ServiceInputTypes as SfnInput,
  ServiceOutputTypes as SfnOutput,
} from '@aws-sdk/client-sfn';
import type {
  SQSClientResolvedConfig,
  ServiceInputTypes as SqsInput,
  ServiceOutputTypes as SqsOutput,
} from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  LogService,
  METRICS_NAMESPACE,
  MetricName,
  RETRY_MESSAGE_FROM_WORKFLOW,
  RETRY_MESSAGE_ORIGIN_ATTRIBUTE,
  tableName,
} from '@unstoppable/core';
import {
  captureOutput,
  emfMetrics,
  emfSum,
  lambdaContext,
  startTestDynamo,
  type TestDynamo,
} from '@unstoppable/test-support';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';

type Handler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse>;
type SfnSdk = typeof import('@aws-sdk/client-sfn');
type SqsSdk = typeof import('@aws-sdk/client-sqs');

const PREFIX = 'rh-telemetry';
const ARN = `arn:aws:states:us-east-1:000000000000:stateMachine:${PREFIX}-order-workflow`;
const QUEUE_URL = `http://127.0.0.1:9324/000000000000/${PREFIX}-retry`;
const TOKEN = 'tok_secretRetry0099';

let sequence = 0;
const record = (body: unknown): SQSRecord => {
  sequence += 1;
  return {
    messageId: `msg-${sequence}`,
    receiptHandle: `rh-${sequence}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1795860000000',
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: '1795860000000',
    },
    messageAttributes: {},
    md5OfBody: 'x',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:us-east-1:000000000000:${PREFIX}-retry`,
    awsRegion: 'us-east-1',
  };
};

/** A message as the order workflow sends it: with the origin attribute, delivered `receiveCount` times. */
const workflowRecord = (body: unknown, receiveCount = 1): SQSRecord => {
  const base = record(body);
  return {
    ...base,
    attributes: { ...base.attributes, ApproximateReceiveCount: String(receiveCount) },
    messageAttributes: {
      [RETRY_MESSAGE_ORIGIN_ATTRIBUTE]: { dataType: 'String', stringValue: RETRY_MESSAGE_FROM_WORKFLOW },
    },
  };
};

/** A queued order's next attempt; `extra` lands inside `order` (e.g. a token that must never be logged). */
const retryBody = (orderId: string, attempt: number, extra: Record<string, unknown> = {}) => ({
  order: {
    orderId,
    customer: { id: 'c-1', email: 'ada@example.com' },
    amount: 2500,
    currency: 'EUR',
    attempt,
    ...extra,
  },
});

/**
 * The real Lambda entry point (src/handler.ts, config from the environment at load time): circuit
 * in dynalite, Step Functions and SQS mocked at the SDK boundary; stdout parsed into logs and EMF.
 */
describe('retry handler: logs and metrics', () => {
  let dynamo: TestDynamo;
  let handler: Handler;
  let sfn: AwsStub<SfnInput, SfnOutput, SFNClientResolvedConfig>;
  let sqs: AwsStub<SqsInput, SqsOutput, SQSClientResolvedConfig>;
  let startExecution: SfnSdk['StartExecutionCommand'];
  let sendMessage: SqsSdk['SendMessageCommand'];
  const saved = { ...process.env };
  const invoke = (...records: SQSRecord[]) =>
    captureOutput(() => handler({ Records: records }, lambdaContext(`${PREFIX}-retry-handler`)));
  const setCircuit = (state: string) =>
    DynamoDBDocumentClient.from(dynamo.client).send(
      new PutCommand({
        TableName: tableName(PREFIX, 'circuit'),
        Item: { circuitId: 'payment-gateway', state, failures: 0, consecutiveOpens: 1, probeSuccesses: 0 },
      }),
    );

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      CIRCUIT_TABLE: tableName(PREFIX, 'circuit'),
      ORDER_STATE_MACHINE_ARN: ARN,
      RETRY_QUEUE_URL: QUEUE_URL,
    });
    delete process.env.POWERTOOLS_DEV;
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    await jest.isolateModulesAsync(async () => {
      // The same SDK copies the handler module will load, mocked before it creates its clients.
      const sfnSdk = await import('@aws-sdk/client-sfn');
      const sqsSdk = await import('@aws-sdk/client-sqs');
      sfn = mockClient(sfnSdk.SFNClient);
      sqs = mockClient(sqsSdk.SQSClient);
      startExecution = sfnSdk.StartExecutionCommand;
      sendMessage = sqsSdk.SendMessageCommand;
      ({ handler } = (await import('../../src/handler')) as { handler: Handler });
    });
  });

  afterAll(async () => {
    process.env = saved;
    await dynamo.end();
  });

  beforeEach(async () => {
    sfn.reset();
    sqs.reset();
    sfn.on(startExecution).resolves({ executionArn: `${ARN}:x`, startDate: new Date() });
    sqs.on(sendMessage).resolves({ MessageId: 'copy', MD5OfMessageBody: 'x' });
    await setCircuit('CLOSED');
  });

  it('counts each started attempt as QueuedOrdersResubmitted, keyed by order and execution', async () => {
    const output = await invoke(record(retryBody('order-r-0001', 2)), record(retryBody('order-r-0002', 3)));

    expect(output.result?.batchItemFailures).toEqual([]);
    expect(emfMetrics(output.lines, MetricName.QueuedOrdersResubmitted)).toEqual([
      {
        namespace: METRICS_NAMESPACE,
        name: MetricName.QueuedOrdersResubmitted,
        unit: 'Count',
        dimensionNames: ['service'],
        dimensions: { service: LogService.retryHandler },
        values: [1, 1],
      },
    ]);
    expect(emfSum(output.lines, MetricName.QueuedOrdersRedelayed)).toBe(0);
    const started = output.lines.filter((line) => line.message === 'order attempt started');
    expect(started.map((line) => [line.service, line.orderId, line.executionName])).toEqual([
      [LogService.retryHandler, 'order-r-0001', 'order-r-0001-a2'],
      [LogService.retryHandler, 'order-r-0002', 'order-r-0002-a3'],
    ]);
  });

  it('counts a message pushed back while the circuit is OPEN as QueuedOrdersRedelayed', async () => {
    await setCircuit('OPEN');

    const output = await invoke(record(retryBody('order-r-0003', 2)));

    expect(emfSum(output.lines, MetricName.QueuedOrdersRedelayed)).toBe(1);
    expect(emfSum(output.lines, MetricName.QueuedOrdersResubmitted)).toBe(0);
    expect(
      output.lines.find((line) => line.message === 'circuit holds retries back; order re-delayed'),
    ).toMatchObject({
      orderId: 'order-r-0003',
      executionName: 'order-r-0003-a2',
    });
  });

  it('counts OrdersQueued once per message the workflow sent: not its redelivery, not a re-delayed copy', async () => {
    const output = await invoke(
      workflowRecord(retryBody('order-q-0001', 2)),
      workflowRecord(retryBody('order-q-0002', 3)),
      workflowRecord(retryBody('order-q-0003', 2), 2),
      record(retryBody('order-q-0004', 2)),
    );
    expect(emfSum(output.lines, MetricName.OrdersQueued)).toBe(2);
    expect(emfMetrics(output.lines, MetricName.OrdersQueued)[0]?.dimensions).toEqual({
      service: LogService.retryHandler,
    });

    await setCircuit('OPEN');
    const redelayed = await invoke(workflowRecord(retryBody('order-q-0005', 2)));
    expect(emfSum(redelayed.lines, MetricName.OrdersQueued)).toBe(1);
    const copy = sqs.commandCalls(sendMessage).at(-1)?.args[0].input;
    expect(copy?.MessageAttributes?.[RETRY_MESSAGE_ORIGIN_ATTRIBUTE]).toBeUndefined();
  });

  it('writes no metrics and no empty-flush warning for a batch of redeliveries and invalid messages', async () => {
    sfn.on(startExecution).rejects(Object.assign(new Error('exists'), { name: 'ExecutionAlreadyExists' }));

    const output = await invoke(record(retryBody('order-r-0004', 2)), record('not json'));

    expect(output.result?.batchItemFailures).toHaveLength(1);
    expect(emfMetrics(output.lines)).toEqual([]);
    expect(output.text).not.toContain('No application metrics');
  });

  it('never logs a payment token found in a message, whatever happens to it', async () => {
    const withToken = (orderId: string) => record(retryBody(orderId, 2, { paymentToken: TOKEN }));
    const started = await invoke(withToken('order-r-0005'));
    const invalid = await invoke(record({ order: { orderId: 'x', paymentToken: TOKEN } }));
    sfn
      .on(startExecution)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    const failed = await invoke(withToken('order-r-0006'));
    await setCircuit('OPEN');
    const redelayed = await invoke(withToken('order-r-0007'));

    expect(started.lines.some((line) => line.message === 'order attempt started')).toBe(true);
    expect(invalid.result?.batchItemFailures).toHaveLength(1);
    expect(failed.result?.batchItemFailures).toHaveLength(1);
    expect(emfSum(redelayed.lines, MetricName.QueuedOrdersRedelayed)).toBe(1);
    for (const output of [started, invalid, failed, redelayed]) expect(output.text).not.toContain(TOKEN);
  });
});
