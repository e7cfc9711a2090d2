/**
 * Errors of the local stack. One base class; each subclass sets `name`.
 *
 * - {@link LocalStackConfigError}: a caller passed a bad option or registration (names the field).
 * - {@link AwsServiceError}: an emulated service refused a request the way AWS would; `name` is the
 *   AWS error code (e.g. `InvalidParameterValue`), `service` the emulated service.
 * - {@link TaskFailedError}: what a Step Functions Task adapter throws; `name` is the Step Functions
 *   error name (e.g. `DynamoDB.ConditionalCheckFailedException`) and `message` the Cause, so Retry and
 *   Catch match exactly as on AWS.
 */
export abstract class LocalStackError extends Error {
  abstract override readonly name: string;
}

/** A bad option, registration or argument given to the local stack itself. */
export class LocalStackConfigError extends LocalStackError {
  override readonly name = 'LocalStackConfigError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The services the local stack emulates. */
export type EmulatedService = 'SQS' | 'SNS' | 'EventBridge' | 'StepFunctions' | 'Lambda';

/** An emulated service refused a request; `name` is the AWS error code. */
export class AwsServiceError extends LocalStackError {
  override readonly name: string;
  constructor(
    readonly service: EmulatedService,
    code: string,
    message: string,
    /** The request field at fault, when one is. */
    readonly field?: string,
  ) {
    super(message);
    this.name = code;
  }
}

/** A failed Task as Step Functions reports it: `name` = Error, `message` = Cause. */
export class TaskFailedError extends LocalStackError {
  override readonly name: string;
  constructor(error: string, cause: string) {
    super(cause);
    this.name = error;
  }
}

/** A Lambda handler threw: carries the function error as the Lambda runtime reports it. */
export class LambdaFunctionError extends LocalStackError {
  override readonly name = 'LambdaFunctionError';
  constructor(
    readonly errorType: string,
    readonly errorMessage: string,
    readonly trace: readonly string[],
  ) {
    super(`${errorType}: ${errorMessage}`);
  }
}

/** `waitForExecution` / `waitForIdle` gave up. */
export class WaitTimeoutError extends LocalStackError {
  override readonly name = 'WaitTimeoutError';
}

/** A measured order-workflow path did not leave the order in the status the path stands for. */
export class OrderPathMismatchError extends LocalStackError {
  override readonly name = 'OrderPathMismatchError';
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly actual: string | undefined,
  ) {
    super(`order path "${path}" left the order ${actual ?? 'missing'}, expected ${expected}`);
  }
}
