import type { OrderWorkflowInput } from '@unstoppable/core';
import { orderWorkflow, PLACEHOLDER_REFS } from '../../src';
import { awsError, runLocally, type TaskStub } from '../support/run-locally';

const definition = orderWorkflow(PLACEHOLDER_REFS);

const input = (attempt = 1): OrderWorkflowInput => ({
  order: {
    orderId: 'order-0001',
    customer: { id: 'cust-1', email: 'ada@example.com' },
    amount: 1999,
    currency: 'EUR',
    attempt,
  },
});

const circuit = (fields: Record<string, { S: string } | { N: string }>) => () => ({
  Item: { circuitId: { S: 'payment-gateway' }, ...fields },
});
const captured: TaskStub = (payload) => ({
  StatusCode: 200,
  Payload: {
    orderId: (payload.Payload as { orderId: string }).orderId,
    chargeId: 'ch_1',
    status: 'CAPTURED',
    amount: 1999,
    currency: 'EUR',
    amountDisplay: '19.99 EUR',
  },
});
const ok: TaskStub = () => ({});
const conditionFailed: TaskStub = () => {
  throw awsError('DynamoDB.ConditionalCheckFailedException', 'The conditional request failed');
};
const throwing =
  (name: string): TaskStub =>
  () => {
    throw awsError(name);
  };

/** A function error as Lambda reports it: Cause is the error JSON, with the trace. */
const declined =
  (reason: string): TaskStub =>
  () => {
    throw awsError(
      'PaymentDeclined',
      JSON.stringify({
        errorType: 'PaymentDeclined',
        errorMessage: reason,
        trace: ['at charge (/var/task/x.js:1:1)'],
      }),
    );
  };

describe('order workflow (aws-local-stepfunctions, stubbed integrations)', () => {
  it('green path: a missing circuit item is CLOSED; the order completes in 7 states with no circuit write', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: () => ({}),
      Charge: captured,
      MarkOrderCompleted: ok,
      EmitOrderCompleted: () => ({ Entries: [{ EventId: 'e1' }], FailedEntryCount: 0 }),
    });
    expect(run.failure).toBeUndefined();
    expect(run.visited).toEqual([
      'ReadCircuit',
      'RouteByCircuitState',
      'Charge',
      'MarkOrderCompleted',
      'EmitOrderCompleted',
      'RecordHealthyGateway',
      'Finished',
    ]);
    expect(run.calls.Charge?.[0]).toEqual({
      FunctionName: PLACEHOLDER_REFS.paymentFunctionArn,
      Payload: { orderId: 'order-0001', attempt: 1, executionName: 'order-1' },
    });
    const write = run.calls.MarkOrderCompleted?.[0] as { ExpressionAttributeValues: Record<string, unknown> };
    expect(write.ExpressionAttributeValues).toMatchObject({
      ':chargeId': { S: 'ch_1' },
      ':attempt': { N: '1' },
      ':change': { L: [{ M: { status: { S: 'COMPLETED' }, attempt: { N: '1' } } }] },
    });
    expect(run.calls.EmitOrderCompleted?.[0]).toMatchObject({
      Entries: [
        {
          Detail: {
            orderId: 'order-0001',
            customerEmail: 'ada@example.com',
            amount: 1999,
            chargeId: 'ch_1',
            amountDisplay: '19.99 EUR',
          },
        },
      ],
    });
    expect(run.output).toMatchObject({
      order: input().order,
      charge: { chargeId: 'ch_1', amountDisplay: '19.99 EUR' },
    });
  });

  it('resets a non-zero failure count after a capture, conditioned on CLOSED', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: circuit({ state: { S: 'CLOSED' }, failures: { N: '2' } }),
      Charge: captured,
      MarkOrderCompleted: ok,
      EmitOrderCompleted: ok,
      ResetFailures: ok,
    });
    expect(run.visited.slice(-3)).toEqual(['RecordHealthyGateway', 'ResetFailures', 'Finished']);
  });

  it('declines without touching the circuit, and announces OrderDeclined', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: circuit({ state: { S: 'CLOSED' }, failures: { N: '0' } }),
      Charge: declined('card_declined'),
      MarkOrderDeclined: ok,
      EmitOrderDeclined: ok,
    });
    expect(run.visited).toEqual([
      'ReadCircuit',
      'RouteByCircuitState',
      'Charge',
      'ReadDeclineReason',
      'MarkOrderDeclined',
      'EmitOrderDeclined',
      'RecordHealthyGateway',
      'Finished',
    ]);
    expect(run.calls.Charge).toHaveLength(1);
    expect(run.calls.EmitOrderDeclined?.[0]).toMatchObject({
      Entries: [
        {
          DetailType: 'OrderDeclined',
          Detail: { status: 'DECLINED', orderId: 'order-0001', declineReason: 'card_declined' },
        },
      ],
    });
    // The stored reason is the gateway's, never the error JSON with its trace.
    expect(JSON.stringify(run.calls.MarkOrderDeclined?.[0])).toContain('{"S":"card_declined"}');
    expect(JSON.stringify(run.calls.MarkOrderDeclined?.[0])).not.toContain('/var/task');
  });

  it('a technical failure retries in place, then the winner trips, alerts once, starts the cool-down and queues', async () => {
    const run = await runLocally(
      definition,
      input(),
      {
        ReadCircuit: circuit({ state: { S: 'CLOSED' }, failures: { N: '2' } }),
        Charge: throwing('GatewayUnavailable'),
        CountGatewayFailure: () => ({ Attributes: { failures: { N: '3' }, state: { S: 'CLOSED' } } }),
        TripCircuit: (call) => ({
          Attributes: {
            tripId: (call.ExpressionAttributeValues as Record<string, { S: string }>)[':tripId'],
            consecutiveOpens: { N: '1' },
          },
        }),
        AlertCircuitOpened: () => ({ MessageId: 'm1' }),
        StartCooldown: () => ({ ExecutionArn: 'arn:x', StartDate: '2024-01-01T00:00:00Z' }),
        MarkOrderQueued: ok,
        SendToRetryQueue: () => ({ MessageId: 'q1' }),
      },
      'order-0001',
    );
    expect(run.failure).toBeUndefined();
    expect(run.calls.Charge).toHaveLength(3);
    expect(run.visited).toEqual([
      'ReadCircuit',
      'RouteByCircuitState',
      'Charge',
      'RouteTechnicalFailure',
      'CountGatewayFailure',
      'CheckFailureThreshold',
      'PrepareTrip',
      'TripCircuit',
      'AlertCircuitOpened',
      'StartCooldown',
      'QueueOrder',
      'MarkOrderQueued',
      'PickRetryDelay',
      'RetryIn30s',
      'SendToRetryQueue',
      'Queued',
    ]);
    const tripValues = run.calls.TripCircuit?.[0]?.ExpressionAttributeValues as Record<string, { S: string }>;
    const tripId = tripValues[':tripId']?.S;
    expect(tripId).toMatch(/^[0-9a-f-]{36}$/);
    expect(run.calls.StartCooldown?.[0]).toEqual({
      StateMachineArn: PLACEHOLDER_REFS.cooldownStateMachineArn,
      Name: tripId,
      Input: { circuitId: 'payment-gateway', tripId, consecutiveOpens: 1 },
    });
    expect(String(run.calls.AlertCircuitOpened?.[0]?.Message)).toContain(
      'after 3 consecutive technical failures (last: GatewayUnavailable)',
    );
    expect(run.calls.AlertCircuitOpened?.[0]?.MessageAttributes).toEqual({
      alertKind: { DataType: 'String', StringValue: 'CircuitOpened' },
    });
    expect(run.calls.MarkOrderQueued?.[0]).toMatchObject({
      ExpressionAttributeValues: { ':lastError': { S: 'GatewayUnavailable' }, ':status': { S: 'QUEUED' } },
    });
    expect(run.calls.SendToRetryQueue?.[0]).toEqual({
      QueueUrl: PLACEHOLDER_REFS.retryQueueUrl,
      MessageBody: { order: { ...input().order, attempt: 2 } },
      DelaySeconds: 30,
      MessageAttributes: { queuedBy: { DataType: 'String', StringValue: 'order-workflow' } },
    });
  });

  it('a loser of the trip write neither alerts nor starts a cool-down: it just queues', async () => {
    const run = await runLocally(definition, input(2), {
      ReadCircuit: circuit({ state: { S: 'CLOSED' }, failures: { N: '2' } }),
      Charge: throwing('GatewayTimeout'),
      CountGatewayFailure: () => ({ Attributes: { failures: { N: '4' } } }),
      TripCircuit: conditionFailed,
      MarkOrderQueued: ok,
      SendToRetryQueue: ok,
    });
    expect(run.visited).toContain('TripCircuit');
    expect(run.visited).not.toContain('AlertCircuitOpened');
    expect(run.visited).not.toContain('StartCooldown');
    expect(run.visited.slice(-4)).toEqual(['PickRetryDelay', 'RetryIn60s', 'SendToRetryQueue', 'Queued']);
  });

  it('while OPEN the gateway gets no call; the order is queued with CircuitOpen', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: circuit({ state: { S: 'OPEN' }, tripId: { S: 't-1' } }),
      MarkOrderQueued: ok,
      SendToRetryQueue: ok,
    });
    expect(run.calls.Charge).toBeUndefined();
    expect(run.calls.MarkOrderQueued?.[0]).toMatchObject({
      ExpressionAttributeValues: { ':lastError': { S: 'CircuitOpen' } },
    });
  });

  it('HALF_OPEN: the probe winner charges, and a decline counts as a probe success that closes the circuit', async () => {
    const run = await runLocally(
      definition,
      input(),
      {
        ReadCircuit: circuit({ state: { S: 'HALF_OPEN' }, tripId: { S: 'trip-1' } }),
        ClaimProbe: () => ({ Attributes: { tripId: { S: 'trip-1' }, probeOwner: { S: 'order-0001' } } }),
        Charge: declined('card_declined'),
        MarkOrderDeclined: ok,
        EmitOrderDeclined: ok,
        RecordProbeSuccess: () => ({ Attributes: { probeSuccesses: { N: '1' } } }),
        CloseCircuit: ok,
        AlertCircuitClosed: ok,
      },
      'order-0001',
    );
    expect(run.visited.slice(2)).toEqual([
      'ClaimProbe',
      'Charge',
      'ReadDeclineReason',
      'MarkOrderDeclined',
      'EmitOrderDeclined',
      'RecordHealthyGateway',
      'RecordProbeSuccess',
      'CheckProbeSuccesses',
      'CloseCircuit',
      'AlertCircuitClosed',
      'Finished',
    ]);
    expect(run.calls.CloseCircuit?.[0]).toMatchObject({
      ExpressionAttributeValues: { ':tripId': { S: 'trip-1' }, ':owner': { S: 'order-0001' } },
    });
    expect(run.calls.AlertCircuitClosed).toEqual([
      expect.objectContaining({
        Subject: 'Payment gateway circuit CLOSED',
        Message:
          'The payment gateway recovered: 1 probe(s) of trip trip-1 succeeded and the circuit closed. Queued orders are resubmitted as their retry messages come due.',
        MessageAttributes: { alertKind: { DataType: 'String', StringValue: 'CircuitClosed' } },
      }),
    ]);
  });

  it('HALF_OPEN: the loser of the probe claim queues with ProbeInProgress and never charges', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: circuit({
        state: { S: 'HALF_OPEN' },
        tripId: { S: 'trip-1' },
        probeOwner: { S: 'other' },
      }),
      ClaimProbe: conditionFailed,
      MarkOrderQueued: ok,
      SendToRetryQueue: ok,
    });
    expect(run.calls.Charge).toBeUndefined();
    expect(run.visited).toContain('ProbeBusy');
    expect(run.calls.MarkOrderQueued?.[0]).toMatchObject({
      ExpressionAttributeValues: { ':lastError': { S: 'ProbeInProgress' } },
    });
  });

  it('a failed probe reopens the circuit with a new trip and starts the next, longer cool-down', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: circuit({
        state: { S: 'HALF_OPEN' },
        tripId: { S: 'trip-1' },
        consecutiveOpens: { N: '1' },
      }),
      ClaimProbe: () => ({ Attributes: { tripId: { S: 'trip-1' }, probeOwner: { S: 'order-1' } } }),
      Charge: throwing('Lambda.ServiceException'),
      ReopenCircuit: (call) => ({
        Attributes: {
          tripId: (call.ExpressionAttributeValues as Record<string, { S: string }>)[':newTripId'],
          consecutiveOpens: { N: '2' },
        },
      }),
      StartCooldown: ok,
      MarkOrderQueued: ok,
      SendToRetryQueue: ok,
    });
    expect(run.visited).toEqual(
      expect.arrayContaining(['PrepareReopen', 'ReopenCircuit', 'StartCooldown', 'Queued']),
    );
    expect(run.visited).not.toContain('CountGatewayFailure');
    expect(run.visited).not.toContain('AlertCircuitOpened');
    const values = run.calls.ReopenCircuit?.[0]?.ExpressionAttributeValues as Record<string, { S: string }>;
    expect(values[':probeTripId']).toEqual({ S: 'trip-1' });
    expect(values[':newTripId']?.S).not.toBe('trip-1');
    expect(run.calls.StartCooldown?.[0]).toMatchObject({ Input: { consecutiveOpens: 2 } });
  });

  it('a late execution whose order is already final ends cleanly without further writes', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: () => ({}),
      Charge: captured,
      MarkOrderCompleted: conditionFailed,
    });
    expect(run.failure).toBeUndefined();
    expect(run.visited.slice(-2)).toEqual(['MarkOrderCompleted', 'AlreadyFinal']);
    expect(run.output).toMatchObject({
      orderWriteError: { Error: 'DynamoDB.ConditionalCheckFailedException' },
    });
  });

  it('fails safe when the circuit cannot be read: no charge, the order is queued', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: throwing('DynamoDB.AmazonDynamoDBException'),
      MarkOrderQueued: ok,
      SendToRetryQueue: ok,
    });
    expect(run.calls.ReadCircuit).toHaveLength(4);
    expect(run.calls.Charge).toBeUndefined();
    expect(run.visited.at(-1)).toBe('Queued');
  });

  it('after maxAttempts the order ends FAILED and the admins are alerted; with the circuit open, no lookup calls the gateway', async () => {
    const run = await runLocally(definition, input(5), {
      ReadCircuit: circuit({ state: { S: 'FORCED_OPEN' } }),
      MarkOrderFailed: ok,
      AlertOrderFailed: ok,
    });
    expect(run.calls.Charge).toBeUndefined();
    expect(run.calls.LookUpCharge).toBeUndefined();
    expect(run.visited.slice(-4)).toEqual([
      'QueueOrder',
      'MarkOrderFailed',
      'AlertOrderFailed',
      'OrderFailed',
    ]);
    expect(String(run.calls.AlertOrderFailed?.[0]?.Message)).toContain(
      'Order order-0001 failed on attempt 5 (CircuitOpen',
    );
    expect(run.calls.AlertOrderFailed?.[0]?.MessageAttributes).toEqual({
      alertKind: { DataType: 'String', StringValue: 'OrderFailed' },
    });
  });

  it('on the last attempt, a failed charge is looked up first, and a capture found completes the order', async () => {
    const run = await runLocally(definition, input(5), {
      ReadCircuit: () => ({}),
      Charge: throwing('Runtime.ExitError'),
      LookUpCharge: captured,
      MarkOrderCompleted: ok,
      EmitOrderCompleted: () => ({ Entries: [{ EventId: 'e1' }], FailedEntryCount: 0 }),
    });
    expect(run.failure).toBeUndefined();
    expect(run.calls.LookUpCharge).toEqual([
      {
        FunctionName: expect.any(String),
        Payload: expect.objectContaining({ orderId: 'order-0001', attempt: 5, lookup: true }),
      },
    ]);
    expect(run.visited.slice(2)).toEqual([
      'Charge',
      'RouteTechnicalFailure',
      'LookUpCharge',
      'MarkOrderCompleted',
      'EmitOrderCompleted',
      'RecordHealthyGateway',
      'Finished',
    ]);
    expect(run.calls.MarkOrderCompleted?.[0]).toMatchObject({
      ExpressionAttributeValues: { ':chargeId': { S: 'ch_1' } },
    });
  });

  it('on the last attempt, a lookup that finds no capture lets the failure go on: counted, then FAILED', async () => {
    const run = await runLocally(definition, input(5), {
      ReadCircuit: () => ({}),
      Charge: throwing('Runtime.ExitError'),
      LookUpCharge: throwing('ChargeNotFound'),
      CountGatewayFailure: () => ({ Attributes: { failures: { N: '1' }, state: { S: 'CLOSED' } } }),
      MarkOrderFailed: ok,
      AlertOrderFailed: ok,
    });
    expect(run.calls.LookUpCharge).toHaveLength(1);
    expect(run.output).toMatchObject({
      error: { Error: 'Runtime.ExitError' },
      lookupError: { Error: 'ChargeNotFound' },
    });
    expect(run.visited.slice(2)).toEqual([
      'Charge',
      'RouteTechnicalFailure',
      'LookUpCharge',
      'RouteTechnicalFailure',
      'CountGatewayFailure',
      'CheckFailureThreshold',
      'QueueOrder',
      'MarkOrderFailed',
      'AlertOrderFailed',
      'OrderFailed',
    ]);
  });

  it('on the last attempt, a decline found by the lookup ends the order DECLINED', async () => {
    const run = await runLocally(definition, input(5), {
      ReadCircuit: () => ({}),
      Charge: throwing('Runtime.ExitError'),
      LookUpCharge: declined('card_declined'),
      MarkOrderDeclined: ok,
      EmitOrderDeclined: ok,
    });
    expect(run.visited.slice(-6)).toEqual([
      'LookUpCharge',
      'ReadDeclineReason',
      'MarkOrderDeclined',
      'EmitOrderDeclined',
      'RecordHealthyGateway',
      'Finished',
    ]);
  });

  it('an invalid payment request fails the order at once', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: () => ({}),
      Charge: throwing('InvalidPaymentRequest'),
      MarkOrderFailed: ok,
      AlertOrderFailed: ok,
    });
    expect(run.calls.Charge).toHaveLength(1);
    expect(run.visited.slice(-3)).toEqual(['MarkOrderFailed', 'AlertOrderFailed', 'OrderFailed']);
  });

  it('still sends the retry message when the QUEUED write fails for a non-conditional reason', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: circuit({ state: { S: 'OPEN' } }),
      MarkOrderQueued: throwing('DynamoDB.AmazonDynamoDBException'),
      SendToRetryQueue: ok,
    });
    expect(run.visited.slice(-3)).toEqual(['RetryIn30s', 'SendToRetryQueue', 'Queued']);
  });

  it('fails loudly, after alerting, when the retry message cannot be sent', async () => {
    const run = await runLocally(definition, input(), {
      ReadCircuit: circuit({ state: { S: 'OPEN' } }),
      MarkOrderQueued: ok,
      SendToRetryQueue: throwing('SQS.AmazonSQSException'),
      AlertOrderNotQueued: ok,
    });
    expect(run.visited.slice(-2)).toEqual(['AlertOrderNotQueued', 'OrderNotQueued']);
    expect(run.failure).toBeDefined();
  });
});
