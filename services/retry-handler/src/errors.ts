import type { FieldError } from '@unstoppable/core';

/** Base of the errors the retry handler raises for one message (each fails that message only). */
export abstract class RetryHandlerError extends Error {
  abstract override readonly name: string;
}

/** The message body is not an `OrderWorkflowInput`: it cannot heal, so it ends in the DLQ. */
export class InvalidRetryMessageError extends RetryHandlerError {
  override readonly name = 'InvalidRetryMessageError';
  constructor(
    readonly messageId: string,
    readonly errors: readonly FieldError[],
  ) {
    super(
      `message ${messageId} is not an order workflow input: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
    );
  }
}
