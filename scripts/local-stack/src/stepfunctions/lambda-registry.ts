import { randomUUID } from 'node:crypto';
import type { Callback, Context } from 'aws-lambda';
import { AwsServiceError, LambdaFunctionError, LocalStackConfigError } from '../errors';
import { jsonClone } from '../json';
import { type AwsLocation, LOCAL_LOCATION, lambdaArn } from '../local-aws';

/**
 * A Lambda handler module's `handler`, typed loosely so any `Handler<TEvent, TResult>` fits.
 * Async handlers and callback-style handlers both work.
 */
export type LocalLambdaHandler = (event: never, context: Context, callback: Callback<unknown>) => unknown;

export interface LambdaRegistration {
  /** What `getRemainingTimeInMillis` counts down from (not enforced). @default 30 */
  readonly timeoutSeconds?: number;
  /** @default 128 */
  readonly memoryMb?: number;
}

interface Registered extends Required<LambdaRegistration> {
  readonly name: string;
  readonly arn: string;
  readonly handler: LocalLambdaHandler;
}

/** `name`, `arn:aws:lambda:<region>:<account>:function:name[:qualifier]` or `<account>:function:name`. */
export function lambdaFunctionName(nameOrArn: string): string {
  const match = /(?:^|:)function:([A-Za-z0-9_-]+)(?::[^:]+)?$/.exec(nameOrArn);
  return match?.[1] ?? nameOrArn.split(':')[0] ?? nameOrArn;
}

function toFunctionError(error: unknown): LambdaFunctionError {
  if (error instanceof Error) {
    return new LambdaFunctionError(error.name, error.message, (error.stack ?? '').split('\n'));
  }
  return new LambdaFunctionError('Error', String(error), []);
}

/**
 * Lambda functions run in-process from their handler modules: registered by name (or ARN) and
 * invoked with a JSON copy of the payload and a Lambda-like context.
 */
export class LambdaRegistry {
  private readonly functions = new Map<string, Registered>();

  constructor(private readonly location: AwsLocation = LOCAL_LOCATION) {}

  /** Registers (or replaces) a function; returns its ARN. */
  register(nameOrArn: string, handler: LocalLambdaHandler, options: LambdaRegistration = {}): string {
    const name = lambdaFunctionName(nameOrArn);
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(name))
      throw new LocalStackConfigError('FunctionName', `invalid function name "${nameOrArn}"`);
    if (typeof handler !== 'function')
      throw new LocalStackConfigError(`handler of ${name}`, 'must be a function');
    const arn = lambdaArn(name, this.location);
    this.functions.set(name, {
      name,
      arn,
      handler,
      timeoutSeconds: options.timeoutSeconds ?? 30,
      memoryMb: options.memoryMb ?? 128,
    });
    return arn;
  }

  /**
   * UpdateFunctionConfiguration: changes the timeout or memory of a registered function for the
   * invocations that start from now on (e.g. a drill giving the worker its scaled-down timeout).
   */
  updateFunctionConfiguration(nameOrArn: string, configuration: LambdaRegistration): void {
    const name = lambdaFunctionName(nameOrArn);
    const fn = this.functions.get(name);
    if (!fn) {
      throw new AwsServiceError(
        'Lambda',
        'ResourceNotFoundException',
        `Function not found: ${nameOrArn}`,
        'FunctionName',
      );
    }
    for (const [field, value] of Object.entries(configuration)) {
      if (value !== undefined && (!Number.isFinite(value) || value <= 0))
        throw new LocalStackConfigError(field, `must be a positive number, got ${String(value)}`);
    }
    this.functions.set(name, {
      ...fn,
      timeoutSeconds: configuration.timeoutSeconds ?? fn.timeoutSeconds,
      memoryMb: configuration.memoryMb ?? fn.memoryMb,
    });
  }

  has(nameOrArn: string): boolean {
    return this.functions.has(lambdaFunctionName(nameOrArn));
  }

  /**
   * Invokes a function: resolves with its JSON result (null for none), rejects with a
   * {@link LambdaFunctionError} when the handler throws, or with `ResourceNotFoundException`.
   */
  async invoke(nameOrArn: string, payload: unknown): Promise<unknown> {
    const fn = this.functions.get(lambdaFunctionName(nameOrArn));
    if (!fn) {
      throw new AwsServiceError(
        'Lambda',
        'ResourceNotFoundException',
        `Function not found: ${nameOrArn}`,
        'FunctionName',
      );
    }
    const deadline = Date.now() + fn.timeoutSeconds * 1000;
    const requestId = randomUUID();
    const context = {
      callbackWaitsForEmptyEventLoop: true,
      functionName: fn.name,
      functionVersion: '$LATEST',
      invokedFunctionArn: fn.arn,
      memoryLimitInMB: String(fn.memoryMb),
      awsRequestId: requestId,
      logGroupName: `/aws/lambda/${fn.name}`,
      logStreamName: `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[$LATEST]${requestId.replaceAll('-', '')}`,
      getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
      done: () => undefined,
      fail: () => undefined,
      succeed: () => undefined,
    } satisfies Context;
    const event = jsonClone(payload ?? {});
    try {
      const result = await new Promise<unknown>((resolve, reject) => {
        const callback = (error?: unknown, value?: unknown) => (error ? reject(error) : resolve(value));
        const handler = fn.handler as (event: unknown, context: Context, callback: Callback) => unknown;
        const returned = handler(event, context, callback as Callback);
        if (
          returned instanceof Promise ||
          (typeof returned === 'object' && returned !== null && 'then' in returned)
        ) {
          (returned as Promise<unknown>).then(resolve, reject);
        } else if (fn.handler.length < 3) {
          resolve(returned);
        }
      });
      return result === undefined ? null : jsonClone(result);
    } catch (error) {
      throw toFunctionError(error);
    }
  }
}
