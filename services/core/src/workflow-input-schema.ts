import * as z from 'zod';
import { CURRENCIES } from './currencies';
import { ORDER_ID_PATTERN } from './order-schema';
import type { OrderWorkflowInput, WorkflowOrder } from './workflow-contract';

/**
 * Runtime check of an `OrderWorkflowInput` (an execution input, and the body of a retry-queue
 * message). Unknown fields are dropped rather than refused, so a message carrying an extra
 * attribute still starts a clean execution; every field the workflow relies on is required.
 * `order.attempt` is the attempt the execution runs (the workflow increments it before queueing).
 */
export const orderWorkflowInputSchema = z.object({
  order: z.object({
    orderId: z
      .string({ error: 'must be a string' })
      .regex(ORDER_ID_PATTERN, { error: 'must be a valid order id' }),
    customer: z.object({
      id: z.string({ error: 'must be a string' }).min(1, { error: 'must not be empty' }),
      email: z.email({ error: 'must be a valid email address' }),
    }),
    amount: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be an integer number of minor units' })
      .positive({ error: 'must be greater than 0' }),
    currency: z.enum(CURRENCIES, { error: `must be one of ${CURRENCIES.join(', ')}` }),
    attempt: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be at least 1' }),
  }),
});

/**
 * The execution input for an order: exactly the fields of `WorkflowOrder`, picked one by one so
 * nothing else an order carries (the payment token above all) can reach the workflow.
 */
export function orderWorkflowInput(order: WorkflowOrder): OrderWorkflowInput {
  const { orderId, customer, amount, currency, attempt } = order;
  return {
    order: { orderId, customer: { id: customer.id, email: customer.email }, amount, currency, attempt },
  };
}
