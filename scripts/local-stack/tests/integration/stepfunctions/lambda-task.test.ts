import { GatewayUnavailableError, PaymentDeclinedError, PaymentErrorName } from '@unstoppable/core';
import type { Callback, Context } from 'aws-lambda';
import {
  type AslDefinitionInput,
  type JsonValue,
  LocalStepFunctions,
  lambdaArn,
  stateMachineArn,
} from '../../../src';

const arn = stateMachineArn('lambda');

async function run(sfn: LocalStepFunctions, definition: AslDefinitionInput, input: JsonValue = {}) {
  sfn.registerStateMachine({ stateMachineArn: arn, definition });
  const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input });
  const result = await sfn.waitForExecution(executionArn);
  return {
    result,
    output: result.output ? JSON.parse(result.output) : undefined,
    events: sfn.getExecutionEvents(executionArn),
  };
}

/** Charge -> Done, plus a Declined state when a Catch leads there (unreachable states are invalid ASL). */
const invoke = (extra: { Catch?: object[]; [key: string]: unknown } = {}) => ({
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: { FunctionName: lambdaArn('payment-worker'), 'Payload.$': '$.charge' },
      ...extra,
    },
    ...(extra.Catch ? { Declined: { Type: 'Pass', End: true } } : {}),
    Done: { Type: 'Succeed' },
  },
});

describe('lambda:invoke', () => {
  it('calls the registered handler with the Payload and returns { ExecutedVersion, Payload, StatusCode: 200 }', async () => {
    const sfn = new LocalStepFunctions();
    const calls: { event: unknown; context: Context }[] = [];
    sfn.lambdas.register('payment-worker', async (event: { orderId: string }, context: Context) => {
      calls.push({ event, context });
      return { orderId: event.orderId, chargeId: 'ch_1', status: 'CAPTURED' };
    });
    const { output } = await run(sfn, invoke({ Next: 'Done' }), { charge: { orderId: 'o-1', attempt: 1 } });
    expect(output).toMatchObject({
      ExecutedVersion: '$LATEST',
      Payload: { orderId: 'o-1', chargeId: 'ch_1', status: 'CAPTURED' },
      StatusCode: 200,
      SdkHttpMetadata: { HttpStatusCode: 200 },
    });
    expect(calls[0]?.event).toEqual({ orderId: 'o-1', attempt: 1 });
    expect(calls[0]?.context).toMatchObject({
      functionName: 'payment-worker',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:payment-worker',
      awsRequestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(calls[0]?.context.getRemainingTimeInMillis()).toBeGreaterThan(0);
  });

  it('surfaces a thrown error under its name, with the Lambda error JSON as Cause, so Catch matches it', async () => {
    const sfn = new LocalStepFunctions();
    sfn.lambdas.register('payment-worker', async (event: { orderId: string }) => {
      throw new PaymentDeclinedError('insufficient funds', event.orderId);
    });
    const { output } = await run(
      sfn,
      invoke({
        Catch: [{ ErrorEquals: [PaymentErrorName.PaymentDeclined], ResultPath: '$.error', Next: 'Declined' }],
        Next: 'Done',
      }),
      { charge: { orderId: 'o-2' } },
    );
    expect(output.charge).toEqual({ orderId: 'o-2' });
    expect(output.error.Error).toBe('PaymentDeclined');
    const cause = JSON.parse(output.error.Cause);
    expect(cause).toMatchObject({
      errorType: 'PaymentDeclined',
      errorMessage: 'insufficient funds',
    });
    expect(Array.isArray(cause.trace)).toBe(true);
  });

  it('retries technical errors named in Retry and succeeds once the handler does', async () => {
    const sfn = new LocalStepFunctions({ timeScale: 0.001 });
    let calls = 0;
    sfn.lambdas.register('payment-worker', async () => {
      calls += 1;
      if (calls <= 2) throw new GatewayUnavailableError('gateway 503');
      return { ok: true };
    });
    const { result, events } = await run(
      sfn,
      invoke({
        Retry: [
          {
            ErrorEquals: [PaymentErrorName.GatewayUnavailable],
            IntervalSeconds: 1,
            BackoffRate: 2,
            MaxAttempts: 2,
          },
        ],
        Next: 'Done',
      }),
      { charge: {} },
    );
    expect(result.status).toBe('SUCCEEDED');
    expect(calls).toBe(3);
    expect(events.filter((e) => e.type === 'StateRetried').map((e) => e.retryAttempt)).toEqual([1, 2]);
  });

  it('lets States.TaskFailed catch a handler error, and fails the execution with the error when uncaught', async () => {
    const sfn = new LocalStepFunctions();
    sfn.lambdas.register('payment-worker', async () => {
      throw new GatewayUnavailableError('down');
    });
    const caught = await run(
      sfn,
      invoke({ Catch: [{ ErrorEquals: ['States.TaskFailed'], Next: 'Declined' }], Next: 'Done' }),
      { charge: {} },
    );
    expect(caught.result.status).toBe('SUCCEEDED');
    const uncaught = await run(sfn, invoke({ Next: 'Done' }), { charge: {} });
    expect(uncaught.result).toMatchObject({ status: 'FAILED', error: 'GatewayUnavailable' });
    expect(JSON.parse(uncaught.result.cause ?? '{}').errorMessage).toBe('down');
  });

  it('fails with Lambda.ResourceNotFoundException for a function nobody registered', async () => {
    const sfn = new LocalStepFunctions();
    const { result } = await run(sfn, invoke({ Next: 'Done' }), { charge: {} });
    expect(result.error).toBe('Lambda.ResourceNotFoundException');
  });

  it('gives the handler a copy of the payload and returns null for a handler without result', async () => {
    const sfn = new LocalStepFunctions();
    sfn.lambdas.register('payment-worker', async (event: { list: number[] }) => {
      event.list.push(99);
    });
    const { output } = await run(
      sfn,
      {
        StartAt: 'Charge',
        States: { Charge: { ...invoke().States.Charge, ResultPath: '$.result', End: true } },
      },
      { charge: { list: [1] } },
    );
    expect(output.charge.list).toEqual([1]);
    expect(output.result.Payload).toBeNull();
  });

  it('supports callback-style handlers', async () => {
    const sfn = new LocalStepFunctions();
    sfn.lambdas.register(
      'payment-worker',
      (_event: unknown, _context: Context, callback: Callback<{ via: string }>) => {
        setTimeout(() => callback(null, { via: 'callback' }), 1);
      },
    );
    const { output } = await run(sfn, invoke({ Next: 'Done' }), { charge: {} });
    expect(output.Payload).toEqual({ via: 'callback' });
  });
});

describe('a Lambda function ARN as Resource', () => {
  it('passes the state input as payload and returns the handler result as is', async () => {
    const sfn = new LocalStepFunctions();
    sfn.lambdas.register('adder', async (event: { a: number; b: number }) => event.a + event.b);
    const { output } = await run(
      sfn,
      { StartAt: 'Add', States: { Add: { Type: 'Task', Resource: lambdaArn('adder'), End: true } } },
      {
        a: 2,
        b: 3,
      },
    );
    expect(output).toBe(5);
  });
});
