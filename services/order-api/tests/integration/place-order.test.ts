import { DescribeExecutionCommand, ExecutionDoesNotExist, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { ORDER_LIST_KEY } from '@unstoppable/core';
import { goodOrder, type Harness, STATE_MACHINE_ARN, startHarness, TABLE, TOKEN } from '../support/harness';

const executionArn = (name: string) =>
  `${STATE_MACHINE_ARN.replace(':stateMachine:', ':execution:')}:${name}`;

describe('POST /orders', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.end());
  beforeEach(() => {
    h.sfn.reset();
    h.sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:x', startDate: new Date() });
    h.sfn
      .on(DescribeExecutionCommand)
      .rejects(new ExecutionDoesNotExist({ message: 'no such execution', $metadata: {} }));
  });

  it('stores a PENDING order, starts its workflow without the token and answers 202 with Location', async () => {
    const response = await h.call('POST', '/orders', {
      body: goodOrder(),
      headers: { 'idempotency-key': 'shop-order-0001' },
    });

    expect(response.status).toBe(202);
    expect(response.headers.location).toBe('/orders/shop-order-0001');
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.body).toMatchObject({
      orderId: 'shop-order-0001',
      status: 'PENDING',
      attempt: 1,
      amount: 3999,
    });
    expect(response.raw).not.toContain(TOKEN);

    const [stored] = await h.dynamo.scan(TABLE.orders);
    expect(stored).toMatchObject({
      orderId: 'shop-order-0001',
      status: 'PENDING',
      attempt: 1,
      listKey: ORDER_LIST_KEY,
      paymentToken: TOKEN,
      history: [{ status: 'PENDING', attempt: 1, at: stored?.createdAt }],
    });
    expect(stored?.createdAt).toBe(stored?.updatedAt);

    const starts = h.sfn.commandCalls(StartExecutionCommand);
    expect(starts).toHaveLength(1);
    const input = starts[0]?.args[0].input;
    expect(input?.stateMachineArn).toBe(STATE_MACHINE_ARN);
    expect(input?.name).toBe('shop-order-0001');
    expect(JSON.parse(input?.input ?? '')).toEqual({
      order: {
        orderId: 'shop-order-0001',
        customer: { id: 'cust-1', email: 'ada@example.com' },
        amount: 3999,
        currency: 'EUR',
        attempt: 1,
      },
    });
  });

  it('gives an order without a client key a server ULID', async () => {
    const response = await h.call('POST', '/orders', { body: goodOrder() });
    expect(response.status).toBe(202);
    expect(response.body.orderId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(response.headers.location).toBe(`/orders/${response.body.orderId}`);
  });

  it('uses the body orderId as the key when no header is sent', async () => {
    const response = await h.call('POST', '/orders', { body: goodOrder({ orderId: 'body-key-0001' }) });
    expect(response.status).toBe(202);
    expect(response.body.orderId).toBe('body-key-0001');
  });

  it('accepts the same key in header and body', async () => {
    const response = await h.call('POST', '/orders', {
      body: goodOrder({ orderId: 'both-keys-0001' }),
      headers: { 'idempotency-key': 'both-keys-0001' },
    });
    expect(response.status).toBe(202);
  });

  it('answers a repeated submission with the same order: one item, one StartExecution', async () => {
    const request = { body: goodOrder(), headers: { 'idempotency-key': 'replay-0001' } };
    const first = await h.call('POST', '/orders', request);
    h.sfn
      .on(DescribeExecutionCommand)
      .resolves({ executionArn: executionArn('replay-0001'), status: 'RUNNING' });
    const second = await h.call('POST', '/orders', request);

    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    expect(second.headers.location).toBe('/orders/replay-0001');
    const stored = (await h.dynamo.scan(TABLE.orders)).filter((item) => item.orderId === 'replay-0001');
    expect(stored).toHaveLength(1);
    expect(h.sfn.commandCalls(StartExecutionCommand)).toHaveLength(1);
    expect(h.sfn.commandCalls(DescribeExecutionCommand)[0]?.args[0].input).toEqual({
      executionArn: executionArn('replay-0001'),
    });
  });

  it('treats key order inside the body as the same submission', async () => {
    const headers = { 'idempotency-key': 'reordered-0001' };
    await h.call('POST', '/orders', { body: goodOrder(), headers });
    const { paymentToken, currency, amount, items, customer } = goodOrder();
    const reordered = {
      paymentToken,
      currency,
      amount,
      items,
      customer: { email: customer.email, id: customer.id },
    };
    const second = await h.call('POST', '/orders', { body: reordered, headers });
    expect(second.status).toBeLessThan(300);
  });

  it('refuses the same key with a different body with 409, changing nothing', async () => {
    const headers = { 'idempotency-key': 'conflict-0001' };
    await h.call('POST', '/orders', { body: goodOrder(), headers });
    const before = await h.dynamo.scan(TABLE.orders);
    const response = await h.call('POST', '/orders', {
      body: goodOrder({ items: [{ sku: 'MUG-01', quantity: 1, unitPrice: 999 }], amount: 999 }),
      headers,
    });

    expect(response.status).toBe(409);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body).toMatchObject({
      type: '/problems/idempotency-key-reused',
      status: 409,
      orderId: 'conflict-0001',
      errors: [{ field: 'Idempotency-Key', rule: 'idempotency_conflict' }],
    });
    expect(await h.dynamo.scan(TABLE.orders)).toEqual(before);
    expect(h.sfn.commandCalls(StartExecutionCommand)).toHaveLength(1);
  });

  it('counts ExecutionAlreadyExists as started', async () => {
    h.sfn
      .on(StartExecutionCommand)
      .rejects(Object.assign(new Error('exists'), { name: 'ExecutionAlreadyExists' }));
    const response = await h.call('POST', '/orders', {
      body: goodOrder(),
      headers: { 'idempotency-key': 'already-0001' },
    });
    expect(response.status).toBe(202);
  });

  it('keeps the order PENDING and answers 503 when the workflow cannot start; a retried POST starts it', async () => {
    h.sfn
      .on(StartExecutionCommand)
      .rejectsOnce(Object.assign(new Error('throttled'), { name: 'ThrottlingException' }));
    const request = { body: goodOrder(), headers: { 'idempotency-key': 'start-fails-0001' } };
    const failed = await h.call('POST', '/orders', request);

    expect(failed.status).toBe(503);
    expect(failed.headers['retry-after']).toBe('5');
    expect(failed.body).toMatchObject({
      type: '/problems/dependency-unavailable',
      status: 503,
      orderId: 'start-fails-0001',
    });
    const stored = (await h.dynamo.scan(TABLE.orders)).find((item) => item.orderId === 'start-fails-0001');
    expect(stored?.status).toBe('PENDING');
    const errorLines = h.logs
      .entries()
      .filter((line) => line.level === 'ERROR' && line.orderId === 'start-fails-0001');
    expect(errorLines).toHaveLength(1);

    const retried = await h.call('POST', '/orders', request);
    expect(retried.status).toBe(202);
    expect(retried.body).toMatchObject({ orderId: 'start-fails-0001', status: 'PENDING' });
    const names = h.sfn.commandCalls(StartExecutionCommand).map((call) => call.args[0].input.name);
    expect(names).toEqual(['start-fails-0001', 'start-fails-0001']);
  });

  it('does not restart the workflow of an order that moved on', async () => {
    const request = { body: goodOrder(), headers: { 'idempotency-key': 'moved-on-0001' } };
    await h.call('POST', '/orders', request);
    const { DynamoDBDocumentClient, UpdateCommand } = await import('@aws-sdk/lib-dynamodb');
    await DynamoDBDocumentClient.from(h.dynamo.client).send(
      new UpdateCommand({
        TableName: TABLE.orders,
        Key: { orderId: 'moved-on-0001' },
        UpdateExpression: 'SET #s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': 'COMPLETED' },
      }),
    );
    const replay = await h.call('POST', '/orders', request);
    expect(replay.status).toBe(200);
    expect(replay.body.status).toBe('COMPLETED');
    expect(h.sfn.commandCalls(StartExecutionCommand)).toHaveLength(1);
    expect(h.sfn.commandCalls(DescribeExecutionCommand)).toHaveLength(0);
  });

  it('never logs the payment token', () => {
    expect(h.logs.lines.length).toBeGreaterThan(0);
    expect(h.logs.lines.join('')).not.toContain(TOKEN);
  });
});
