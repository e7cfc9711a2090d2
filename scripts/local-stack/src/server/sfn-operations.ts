import type { LocalStepFunctions } from '../stepfunctions/executor';
import { type AwsJsonOperations, requiredString } from './aws-json-protocol';

/** Step Functions returns timestamps as epoch seconds (with fractions) in its JSON protocol. */
const epochSeconds = (date: Date): number => date.getTime() / 1000;

/**
 * The Step Functions calls the services make (`StartExecution`, `DescribeExecution`), answered by
 * the local executor with the response shapes of the Step Functions API.
 */
export function stepFunctionsOperations(executor: LocalStepFunctions): AwsJsonOperations {
  return {
    'AWSStepFunctions.StartExecution': (input) => {
      const stateMachineArn = requiredString('StepFunctions', input, 'stateMachineArn');
      const started = executor.startExecution({
        stateMachineArn,
        name: typeof input.name === 'string' ? input.name : undefined,
        input: typeof input.input === 'string' ? input.input : undefined,
      });
      return { executionArn: started.executionArn, startDate: epochSeconds(started.startDate) };
    },
    'AWSStepFunctions.DescribeExecution': (input) => {
      const execution = executor.describeExecution(requiredString('StepFunctions', input, 'executionArn'));
      return {
        executionArn: execution.executionArn,
        stateMachineArn: execution.stateMachineArn,
        name: execution.name,
        status: execution.status,
        startDate: epochSeconds(execution.startDate),
        ...(execution.stopDate ? { stopDate: epochSeconds(execution.stopDate) } : {}),
        input: execution.input,
        ...(execution.output !== undefined ? { output: execution.output } : {}),
        ...(execution.error !== undefined ? { error: execution.error } : {}),
        ...(execution.cause !== undefined ? { cause: execution.cause } : {}),
      };
    },
  };
}
