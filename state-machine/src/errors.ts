/** Base class of every error this package throws; `name` says which one. */
export abstract class StateMachineError extends Error {
  abstract override readonly name: string;
}

/** A workflow setting is out of range or of the wrong type. */
export class InvalidWorkflowSettingError extends StateMachineError {
  override readonly name = 'InvalidWorkflowSettingError';
  constructor(
    readonly setting: string,
    readonly value: unknown,
    requirement: string,
  ) {
    super(`workflow setting ${setting} ${requirement} (got ${JSON.stringify(value) ?? String(value)})`);
  }
}

/** A resource reference (ARN, table name, queue URL...) is missing or blank. */
export class InvalidWorkflowRefError extends StateMachineError {
  override readonly name = 'InvalidWorkflowRefError';
  constructor(
    readonly ref: string,
    requirement: string,
  ) {
    super(`workflow ref ${ref} ${requirement}`);
  }
}

/** A state machine definition is structurally wrong (dangling transition, unreachable state...). */
export class InvalidStateMachineError extends StateMachineError {
  override readonly name = 'InvalidStateMachineError';
  constructor(
    readonly stateName: string,
    problem: string,
  ) {
    super(`state ${JSON.stringify(stateName)}: ${problem}`);
  }
}

/** A DynamoDB expression names an unknown attribute, or uses/defines a value the other side lacks. */
export class InvalidExpressionError extends StateMachineError {
  override readonly name = 'InvalidExpressionError';
  constructor(
    readonly expression: string,
    problem: string,
  ) {
    super(`${problem} in DynamoDB expression ${JSON.stringify(expression)}`);
  }
}
