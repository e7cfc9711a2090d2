import { tableName } from '@unstoppable/core';
import { InvalidWorkflowRefError } from '../errors';

/** The resources the workflows call, as ARNs, names and URLs (or Terraform tokens for them). */
export interface WorkflowRefs {
  /** The payment worker Lambda (`lambda:invoke`). */
  readonly paymentFunctionArn: string;
  readonly ordersTableName: string;
  readonly circuitTableName: string;
  /** The retry queue's URL (`sqs:sendMessage`). */
  readonly retryQueueUrl: string;
  /** The admin alerts topic (`sns:publish`). */
  readonly adminTopicArn: string;
  /** The bus that carries OrderCompleted / OrderDeclined (`events:putEvents`). */
  readonly eventBusName: string;
  /** The cool-down state machine (`states:startExecution`). */
  readonly cooldownStateMachineArn: string;
}

/** What the cool-down workflow needs: it never calls the order side. */
export type CooldownWorkflowRefs = Pick<WorkflowRefs, 'circuitTableName' | 'adminTopicArn'>;

const PREFIX = 'up-local';
const ACCOUNT = '000000000000';
const REGION = 'us-east-1';

/**
 * Stand-in references with the shapes AWS uses, for rendering `dist/*.asl.json` and for the
 * local stack (whose adapters do not care about the account).
 */
export const PLACEHOLDER_REFS: WorkflowRefs = Object.freeze({
  paymentFunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${PREFIX}-payment-processor`,
  ordersTableName: tableName(PREFIX, 'orders'),
  circuitTableName: tableName(PREFIX, 'circuit'),
  retryQueueUrl: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${PREFIX}-order-retry`,
  adminTopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:${PREFIX}-admin-alerts`,
  eventBusName: `${PREFIX}-events`,
  cooldownStateMachineArn: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${PREFIX}-cooldown`,
});

/** Throws InvalidWorkflowRefError naming the first reference that is missing, blank or padded. */
export function assertRefs<R extends object>(refs: R, required: readonly (keyof R & string)[]): R {
  for (const key of required) {
    const value: unknown = refs[key];
    if (typeof value !== 'string' || value.trim().length === 0) {
      throw new InvalidWorkflowRefError(key, 'must be a non-empty string');
    }
    if (value.trim() !== value)
      throw new InvalidWorkflowRefError(key, 'must not start or end with whitespace');
  }
  return refs;
}

export const WORKFLOW_REF_KEYS = Object.keys(PLACEHOLDER_REFS) as (keyof WorkflowRefs)[];
