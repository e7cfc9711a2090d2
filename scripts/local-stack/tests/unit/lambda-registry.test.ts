import type { Handler } from 'aws-lambda';
import { AwsServiceError, LambdaFunctionError, LambdaRegistry, lambdaFunctionName } from '../../src';

describe('lambdaFunctionName', () => {
  it('reads the name from a name, a full or partial ARN, with or without qualifier', () => {
    expect(lambdaFunctionName('payment-worker')).toBe('payment-worker');
    expect(lambdaFunctionName('arn:aws:lambda:eu-west-1:123456789012:function:payment-worker')).toBe(
      'payment-worker',
    );
    expect(lambdaFunctionName('arn:aws:lambda:eu-west-1:123456789012:function:payment-worker:$LATEST')).toBe(
      'payment-worker',
    );
    expect(lambdaFunctionName('123456789012:function:payment-worker')).toBe('payment-worker');
  });
});

describe('LambdaRegistry', () => {
  it('invokes by any form of the name and rejects handler errors as LambdaFunctionError', async () => {
    const lambdas = new LambdaRegistry();
    const arn = lambdas.register('worker', async (event: { fail?: boolean }) => {
      if (event.fail) throw Object.assign(new Error('boom'), { name: 'GatewayThrottled' });
      return { ok: true };
    });
    expect(arn).toBe('arn:aws:lambda:us-east-1:000000000000:function:worker');
    await expect(lambdas.invoke(`${arn}:live`, {})).resolves.toEqual({ ok: true });
    await expect(lambdas.invoke('worker', { fail: true })).rejects.toMatchObject({
      constructor: LambdaFunctionError,
      errorType: 'GatewayThrottled',
      errorMessage: 'boom',
    });
    await expect(lambdas.invoke('other', {})).rejects.toBeInstanceOf(AwsServiceError);
  });

  it('accepts a handler typed with aws-lambda Handler<Event, Result>', async () => {
    const handler: Handler<{ orderId: string }, { chargeId: string }> = async (event) => ({
      chargeId: `ch-${event.orderId}`,
    });
    const lambdas = new LambdaRegistry();
    lambdas.register('typed', handler);
    await expect(lambdas.invoke('typed', { orderId: 'o1' })).resolves.toEqual({ chargeId: 'ch-o1' });
  });

  it('refuses bad names and non-function handlers', () => {
    const lambdas = new LambdaRegistry();
    expect(() => lambdas.register('bad name', async () => 1)).toThrow(/FunctionName/);
    expect(() => lambdas.register('ok', 'nope' as never)).toThrow(/handler of ok/);
  });

  it('updates the timeout that getRemainingTimeInMillis counts down from, for later invocations', async () => {
    const lambdas = new LambdaRegistry();
    lambdas.register('timed', (_event: unknown, context: { getRemainingTimeInMillis(): number }) =>
      Promise.resolve(context.getRemainingTimeInMillis()),
    );
    await expect(lambdas.invoke('timed', {})).resolves.toBeGreaterThan(29_000);
    lambdas.updateFunctionConfiguration('arn:aws:lambda:us-east-1:000000000000:function:timed', {
      timeoutSeconds: 2,
    });
    const remaining = (await lambdas.invoke('timed', {})) as number;
    expect(remaining).toBeGreaterThan(1_000);
    expect(remaining).toBeLessThanOrEqual(2_000);
  });

  it('refuses to update a function that is not registered, or with a bad value, naming it', () => {
    const lambdas = new LambdaRegistry();
    expect(() => lambdas.updateFunctionConfiguration('missing', { timeoutSeconds: 1 })).toThrow(
      AwsServiceError,
    );
    lambdas.register('timed', async () => null);
    expect(() => lambdas.updateFunctionConfiguration('timed', { timeoutSeconds: 0 })).toThrow(
      /timeoutSeconds/,
    );
    expect(() => lambdas.updateFunctionConfiguration('timed', { memoryMb: Number.NaN })).toThrow(/memoryMb/);
  });
});
