import { randomUUID } from 'node:crypto';
import { AwsServiceError, TaskFailedError } from '../../errors';
import { isJsonObject, type JsonObject, type JsonValue } from '../../json';

/** The execution a Task runs in (for integrations that record it, like events:putEvents). */
export interface TaskContext {
  readonly executionArn: string;
  readonly stateMachineArn: string;
}

/**
 * Serves one Task resource: takes the state's effective Parameters, returns the result Step
 * Functions would, or throws a {@link TaskFailedError} named as Step Functions names the error.
 */
export type TaskAdapter = (parameters: JsonValue, context: TaskContext) => Promise<JsonValue>;

/** The `SdkHttpMetadata`/`SdkResponseMetadata` Step Functions adds to optimized integration results. */
export function withSdkMetadata(body: JsonObject, contentType = 'application/x-amz-json-1.0'): JsonObject {
  const requestId = randomUUID();
  return {
    ...body,
    SdkHttpMetadata: {
      HttpHeaders: { 'Content-Type': contentType, 'x-amzn-RequestId': requestId },
      HttpStatusCode: 200,
    },
    SdkResponseMetadata: { RequestId: requestId },
  };
}

/** A Cause in the format of the service exceptions Step Functions reports. */
export function serviceCause(service: string, code: string, message: string, statusCode = 400): string {
  return `${message} (Service: ${service}; Status Code: ${statusCode}; Error Code: ${code}; Request ID: ${randomUUID()}; Proxy: null)`;
}

/** The Parameters of an integration Task, which must be an object. */
export function requireParameters(parameters: JsonValue, errorName: string, resource: string): JsonObject {
  if (!isJsonObject(parameters)) {
    throw new TaskFailedError(errorName, `The Parameters of a ${resource} Task must be an object.`);
  }
  return parameters;
}

/** Message text as Step Functions sends it: strings as they are, any other JSON serialised. */
export function messageText(value: JsonValue | undefined): string | undefined {
  return value === undefined || typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * Turns an emulated service's refusal into the Task error Step Functions raises: `<prefix>.<name>`
 * where the name is the exception class of the AWS SDK Step Functions calls with.
 */
export function emulatedServiceFailure(
  error: unknown,
  prefix: string,
  serviceName: string,
  exceptionNames: Readonly<Record<string, string>>,
  fallbackException: string,
): never {
  if (error instanceof AwsServiceError) {
    const exception = exceptionNames[error.name] ?? fallbackException;
    throw new TaskFailedError(`${prefix}.${exception}`, serviceCause(serviceName, error.name, error.message));
  }
  throw error;
}
