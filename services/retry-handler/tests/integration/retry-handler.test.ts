import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { tableName } from '@unstoppable/core';
import { lambdaContext, startTestDynamo, type TestDynamo } from '@unstoppable/test-support';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { createRetryHandler, type RetryHandler, type RetryHandlerConfig } from '../../src';

const PREFIX = 'rh-test';
const ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:rh-test-order-workflow';
const QUEUE_URL = 'http://127.0.0.1:9324/000000000000/rh-test-retry';
const credentials = { accessKeyId: 'x', secretAccessKey: 'x' };

const input = (orderId: string, attempt: number) => ({
  order: {
    orderId,
    customer: { id: 'c-1', email: 'ada@example.com' },
    amount: 2500,
    currency: 'EUR',
    attempt,
  },
});

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
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:rh-test-retry',
    awsRegion: 'us-east-1',
  };
};
const batch = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

describe('retry handler', () => {
  let dynamo: TestDynamo;
  let documents: DynamoDBDocumentClient;
  const sfnClient = new SFNClient({ region: 'us-east-1', credentials });
  const sqsClient = new SQSClient({ region: 'us-east-1', credentials });
  const sfn = mockClient(sfnClient);
  const sqs = mockClient(sqsClient);
  let handler: RetryHandler;
  let logLines: string[];
  const context = lambdaContext('rh-test-retry-handler');

  const config = (overrides: Partial<RetryHandlerConfig> = {}): RetryHandlerConfig => ({
    region: 'us-east-1',
    circuitTable: tableName(PREFIX, 'circuit'),
    orderStateMachineArn: ARN,
    retryQueueUrl: QUEUE_URL,
    redelaySeconds: 30,
    ...overrides,
  });
  const setCircuit = (state: string, extra: Record<string, unknown> = {}) =>
    documents.send(
      new PutCommand({
        TableName: tableName(PREFIX, 'circuit'),
        Item: {
          circuitId: 'payment-gateway',
          state,
          failures: 0,
          consecutiveOpens: 1,
          probeSuccesses: 0,
          ...extra,
        },
      }),
    );
  const logs = () =>
    logLines
      .flatMap((chunk) => chunk.split('\n').filter((line) => line.startsWith('{')))
      .map((line) => JSON.parse(line));

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    documents = DynamoDBDocumentClient.from(dynamo.client);
    handler = createRetryHandler(config(), { dynamoDb: dynamo.client, sfn: sfnClient, sqs: sqsClient });
  });
  afterAll(() => dynamo.end());
  beforeEach(async () => {
    sfn.reset();
    sqs.reset();
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:x', startDate: new Date() });
    sqs.on(SendMessageCommand).resolves({ MessageId: 'copy-1' });
    logLines = [];
    const capture = (chunk: unknown) => {
      logLines.push(String(chunk));
      return true;
    };
    jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    await documents.send(
      new (await import('@aws-sdk/lib-dynamodb')).DeleteCommand({
        TableName: tableName(PREFIX, 'circuit'),
        Key: { circuitId: 'payment-gateway' },
      }),
    );
  });
  afterEach(() => jest.restoreAllMocks());

  it('starts the attempt the message names while the circuit is CLOSED (missing item)', async () => {
    const response = await handler.handle(batch(record(input('order-0001', 2))), context);

    expect(response).toEqual({ batchItemFailures: [] });
    const starts = sfn.commandCalls(StartExecutionCommand).map((call) => call.args[0].input);
    expect(starts).toEqual([
      { stateMachineArn: ARN, name: 'order-0001-a2', input: JSON.stringify(input('order-0001', 2)) },
    ]);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('starts executions in HALF_OPEN with no probe yet (the workflow decides who probes)', async () => {
    await setCircuit('HALF_OPEN');
    await handler.handle(batch(record(input('order-0002', 3))), context);
    expect(sfn.commandCalls(StartExecutionCommand)[0]?.args[0].input.name).toBe('order-0002-a3');
  });

  it('re-delays while HALF_OPEN with a probe in flight, keeping the attempt', async () => {
    await setCircuit('HALF_OPEN', { probeOwner: 'order-0009-a2' });
    const message = record(input('order-0002', 3));
    const response = await handler.handle(batch(message), context);

    expect(response).toEqual({ batchItemFailures: [] });
    expect(sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
    expect(sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input)).toEqual([
      { QueueUrl: QUEUE_URL, MessageBody: message.body, DelaySeconds: 30 },
    ]);
    expect(
      logs().find((line) => line.message === 'circuit holds retries back; order re-delayed'),
    ).toMatchObject({
      circuitState: 'HALF_OPEN',
      probeOwner: 'order-0009-a2',
      executionName: 'order-0002-a3',
    });
  });

  it('starts from a normalised input, dropping unknown fields', async () => {
    const body = { ...input('order-0003', 2), extra: true };
    await handler.handle(batch(record(body)), context);
    expect(JSON.parse(sfn.commandCalls(StartExecutionCommand)[0]?.args[0].input.input ?? '')).toEqual(
      input('order-0003', 2),
    );
  });

  it.each(['OPEN', 'FORCED_OPEN'])(
    're-delays a copy while %s and counts the original as processed',
    async (state) => {
      await setCircuit(state);
      const message = record(input('order-0004', 2));
      const response = await handler.handle(batch(message), context);

      expect(response).toEqual({ batchItemFailures: [] });
      expect(sfn.commandCalls(StartExecutionCommand)).toHaveLength(0);
      expect(sqs.commandCalls(SendMessageCommand).map((call) => call.args[0].input)).toEqual([
        { QueueUrl: QUEUE_URL, MessageBody: message.body, DelaySeconds: 30 },
      ]);
    },
  );

  it('counts ExecutionAlreadyExists as done', async () => {
    sfn
      .on(StartExecutionCommand)
      .rejects(Object.assign(new Error('exists'), { name: 'ExecutionAlreadyExists' }));
    const response = await handler.handle(batch(record(input('order-0005', 2))), context);
    expect(response).toEqual({ batchItemFailures: [] });
  });

  it('reports only the failed messages of a batch', async () => {
    const good = record(input('order-0006', 2));
    const notJson = record('{"order":');
    const invalid = record({ order: { orderId: 'x' } });
    const throttled = record(input('order-0007', 2));
    sfn
      .on(StartExecutionCommand, { name: 'order-0007-a2' })
      .rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));

    const response = await handler.handle(batch(good, notJson, invalid, throttled), context);

    expect(response.batchItemFailures.map((failure) => failure.itemIdentifier).sort()).toEqual(
      [notJson.messageId, invalid.messageId, throttled.messageId].sort(),
    );
    const invalidLine = logs().find((line) => line.messageId === invalid.messageId && line.level === 'ERROR');
    expect(invalidLine).toMatchObject({
      service: 'retry-handler',
      fields: expect.arrayContaining(['order.customer']),
    });
  });

  it('fails an invalid message even while OPEN, so it reaches the DLQ', async () => {
    await setCircuit('OPEN');
    const invalid = record({ nope: true });
    const response = await handler.handle(batch(invalid), context);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: invalid.messageId }]);
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
  });

  it('fails the message when the re-delay cannot be sent', async () => {
    await setCircuit('OPEN');
    sqs.on(SendMessageCommand).rejects(Object.assign(new Error('down'), { name: 'ServiceUnavailable' }));
    const message = record(input('order-0008', 2));
    const response = await handler.handle(batch(message), context);
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: message.messageId }]);
  });

  it('reads the circuit once per batch', async () => {
    const operations: string[] = [];
    dynamo.client.middlewareStack.add(
      (next, ctx) => (args) => {
        operations.push(String(ctx.commandName));
        return next(args);
      },
      { step: 'initialize', name: 'countOperations' },
    );
    try {
      await handler.handle(
        batch(record(input('order-0009', 2)), record(input('order-0010', 2)), record(input('order-0011', 2))),
        context,
      );
    } finally {
      dynamo.client.middlewareStack.remove('countOperations');
    }
    expect(operations).toEqual(['GetItemCommand']);
    expect(sfn.commandCalls(StartExecutionCommand)).toHaveLength(3);
  });

  it('starts anyway when the circuit cannot be read (the workflow reads it again)', async () => {
    const blind = createRetryHandler(config({ circuitTable: 'no-such-table' }), {
      dynamoDb: dynamo.client,
      sfn: sfnClient,
      sqs: sqsClient,
    });
    const response = await blind.handle(batch(record(input('order-0012', 2))), context);
    expect(response).toEqual({ batchItemFailures: [] });
    expect(sfn.commandCalls(StartExecutionCommand)).toHaveLength(1);
    expect(
      logs().some((line) => line.level === 'WARN' && line.message.startsWith('circuit unreadable')),
    ).toBe(true);
  });

  it('logs orderId and executionName with each outcome', async () => {
    await handler.handle(batch(record(input('order-0013', 4))), context);
    expect(logs().find((line) => line.message === 'order attempt started')).toMatchObject({
      service: 'retry-handler',
      orderId: 'order-0013',
      executionName: 'order-0013-a4',
    });
  });
});
