import { type OrderWorkflowInput, orderWorkflowInputSchema, validate } from '@unstoppable/core';
import { InvalidRetryMessageError } from './errors';

/** Parses a retry-queue message body (JSON `OrderWorkflowInput`); throws naming the fields at fault. */
export function parseRetryMessage(messageId: string, body: string): OrderWorkflowInput {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new InvalidRetryMessageError(messageId, [
      { field: '(body)', rule: 'json', message: 'is not valid JSON' },
    ]);
  }
  const result = validate(orderWorkflowInputSchema, parsed);
  if (!result.ok) throw new InvalidRetryMessageError(messageId, result.errors);
  return result.value;
}
