import { TaskFailedError } from '../../errors';
import type { JsonValue } from '../../json';
import { emulatedServiceFailure, requireParameters, type TaskAdapter, withSdkMetadata } from './task-adapter';

/** What the adapter needs of the executor (kept narrow to avoid a dependency cycle). */
export interface ExecutionStarter {
  startExecution(request: { stateMachineArn: string; name?: string; input?: JsonValue | string }): {
    readonly executionArn: string;
    readonly startDate: Date;
  };
}

const SFN_EXCEPTIONS = {
  ExecutionAlreadyExists: 'ExecutionAlreadyExistsException',
  StateMachineDoesNotExist: 'StateMachineDoesNotExistException',
  InvalidName: 'InvalidNameException',
  InvalidExecutionInput: 'InvalidExecutionInputException',
  InvalidArn: 'InvalidArnException',
};

/**
 * `arn:aws:states:::states:startExecution` -> the local executor itself. `Input` may be an object
 * (serialised) or JSON text; the result is `{ ExecutionArn, StartDate }` with StartDate in epoch
 * milliseconds, and a name clash fails with `StepFunctions.ExecutionAlreadyExistsException`.
 */
export function startExecutionTask(starter: ExecutionStarter): TaskAdapter {
  return async (parameters) => {
    const request = requireParameters(
      parameters,
      'StepFunctions.InvalidExecutionInputException',
      'states:startExecution',
    );
    if (typeof request.StateMachineArn !== 'string') {
      throw new TaskFailedError(
        'StepFunctions.InvalidArnException',
        'StateMachineArn is required and must be a string.',
      );
    }
    try {
      const started = starter.startExecution({
        stateMachineArn: request.StateMachineArn,
        name: request.Name === undefined ? undefined : String(request.Name),
        input: request.Input ?? {},
      });
      return withSdkMetadata({ ExecutionArn: started.executionArn, StartDate: started.startDate.getTime() });
    } catch (error) {
      return emulatedServiceFailure(
        error,
        'StepFunctions',
        'AWSStepFunctions',
        SFN_EXCEPTIONS,
        'AWSStepFunctionsException',
      );
    }
  };
}
