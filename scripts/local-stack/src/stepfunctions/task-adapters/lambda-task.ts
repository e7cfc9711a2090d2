import { AwsServiceError, LambdaFunctionError, TaskFailedError } from '../../errors';
import type { JsonValue } from '../../json';
import type { LambdaRegistry } from '../lambda-registry';
import { requireParameters, serviceCause, type TaskAdapter, withSdkMetadata } from './task-adapter';

async function invoke(lambdas: LambdaRegistry, functionName: string, payload: JsonValue): Promise<JsonValue> {
  try {
    return (await lambdas.invoke(functionName, payload)) as JsonValue;
  } catch (error) {
    if (error instanceof LambdaFunctionError) {
      // As Step Functions reports a function error: Error = errorType, Cause = the error JSON.
      const { errorType, errorMessage, trace } = error;
      throw new TaskFailedError(errorType, JSON.stringify({ errorType, errorMessage, trace }));
    }
    if (error instanceof AwsServiceError) {
      throw new TaskFailedError(
        `Lambda.${error.name}`,
        serviceCause('AWSLambda', error.name, error.message, 404),
      );
    }
    throw error;
  }
}

/**
 * `arn:aws:states:::lambda:invoke`: calls the registered handler with `Payload` and returns
 * `{ ExecutedVersion, Payload, StatusCode: 200 }` (plus SDK metadata), as Step Functions does.
 */
export function lambdaInvokeTask(lambdas: LambdaRegistry): TaskAdapter {
  return async (parameters) => {
    const request = requireParameters(parameters, 'Lambda.InvalidParameterValueException', 'lambda:invoke');
    if (typeof request.FunctionName !== 'string') {
      throw new TaskFailedError(
        'Lambda.InvalidParameterValueException',
        'FunctionName is required and must be a string.',
      );
    }
    if (request.InvocationType !== undefined && request.InvocationType !== 'RequestResponse') {
      throw new TaskFailedError(
        'Lambda.InvalidParameterValueException',
        `InvocationType ${String(request.InvocationType)} is not emulated locally; only RequestResponse is.`,
      );
    }
    const payload = await invoke(lambdas, request.FunctionName, request.Payload ?? {});
    return withSdkMetadata(
      { ExecutedVersion: '$LATEST', Payload: payload, StatusCode: 200 },
      'application/json',
    );
  };
}

/** `arn:aws:lambda:...:function:<name>` as a Resource: the state input is the payload, the result the output. */
export function lambdaFunctionTask(lambdas: LambdaRegistry, functionArn: string): TaskAdapter {
  return (parameters) => invoke(lambdas, functionArn, parameters);
}
