import {
  GATEWAY_TECHNICAL_ERRORS,
  LAMBDA_SERVICE_ERRORS,
  PaymentErrorName,
  StatesError,
} from '@unstoppable/core';

/**
 * Error names the workflows match in `Retry` and `Catch`: Step Functions' own, the payment
 * worker's (from @unstoppable/core), and those the direct service integrations report
 * (`<Service>.<ExceptionName>`).
 */
export const ErrorName = {
  ...StatesError,
  ...PaymentErrorName,
  /** A DynamoDB write's condition did not hold. */
  ConditionalCheckFailed: 'DynamoDB.ConditionalCheckFailedException',
  /** Generic DynamoDB service error. */
  DynamoDbService: 'DynamoDB.AmazonDynamoDBException',
  /** `states:startExecution` with a name already used (with another input, or finished). */
  ExecutionAlreadyExists: 'StepFunctions.ExecutionAlreadyExistsException',
  /** `events:putEvents` answered with a non-zero FailedEntryCount. */
  EventBridgeFailedEntry: 'EventBridge.FailedEntry',
} as const;

export type ErrorName = (typeof ErrorName)[keyof typeof ErrorName];

/**
 * Technical failures of a charge: the gateway's, Lambda's own service errors and the task
 * timeout. Retried in place, then counted against the circuit.
 */
export const TECHNICAL_CHARGE_ERRORS: readonly string[] = [
  ...GATEWAY_TECHNICAL_ERRORS,
  ...LAMBDA_SERVICE_ERRORS,
  StatesError.Timeout,
];

/**
 * Why an order was queued without a charge, stored as its `lastError` (a charge failure stores
 * the worker's error name instead).
 */
export const QueueReason = {
  /** The circuit is OPEN or FORCED_OPEN. */
  CircuitOpen: 'CircuitOpen',
  /** The circuit is HALF_OPEN and another execution holds the probe. */
  ProbeInProgress: 'ProbeInProgress',
} as const;

export type QueueReason = (typeof QueueReason)[keyof typeof QueueReason];
