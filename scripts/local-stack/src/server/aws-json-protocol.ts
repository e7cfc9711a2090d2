import { AwsServiceError } from '../errors';

/** Content type of the AWS JSON 1.0 protocol (Step Functions, and SQS since its JSON migration). */
export const AWS_JSON_CONTENT_TYPE = 'application/x-amz-json-1.0';

/** One operation: takes the parsed request body, returns the response body. */
export type AwsJsonOperation = (input: Record<string, unknown>) => unknown;

/** Operations by their `X-Amz-Target` (`<ServicePrefix>.<Operation>`). */
export type AwsJsonOperations = Readonly<Record<string, AwsJsonOperation>>;

/** An HTTP answer of the endpoint. */
export interface AwsJsonResponse {
  readonly statusCode: number;
  readonly body: string;
}

/** Error shapes the SDK's JSON protocol parser reads: `__type` names the error, `message` says why. */
function errorResponse(statusCode: number, code: string, message: string): AwsJsonResponse {
  return { statusCode, body: JSON.stringify({ __type: code, message }) };
}

/**
 * Serves one AWS JSON 1.0 request: the operation named by `X-Amz-Target`, the JSON body as its
 * input. Errors of the emulated services keep their AWS code so SDK clients raise the same
 * exception names as against AWS (`ExecutionDoesNotExist`, `QueueDoesNotExist`, ...).
 */
export function handleAwsJsonRequest(
  operations: AwsJsonOperations,
  target: string,
  body: string,
): AwsJsonResponse {
  const operation = operations[target];
  if (!operation)
    return errorResponse(400, 'UnknownOperationException', `X-Amz-Target: unsupported operation "${target}"`);
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    return errorResponse(400, 'SerializationException', 'body: not valid JSON');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return errorResponse(400, 'SerializationException', 'body: must be a JSON object');
  }
  try {
    return { statusCode: 200, body: JSON.stringify(operation(input as Record<string, unknown>) ?? {}) };
  } catch (error) {
    if (error instanceof AwsServiceError) return errorResponse(400, error.name, error.message);
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(500, 'InternalFailure', message);
  }
}

/** A required string field of a request, or the AWS validation error naming it. */
export function requiredString(
  service: AwsServiceError['service'],
  input: Record<string, unknown>,
  field: string,
): string {
  const value = input[field];
  if (typeof value !== 'string' || value.length === 0) {
    throw new AwsServiceError(service, 'ValidationException', `${field}: must be a non-empty string`, field);
  }
  return value;
}
