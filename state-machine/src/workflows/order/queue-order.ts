import {
  AdminAlertKind,
  OrderStatus,
  type OrderWorkflowInput,
  RETRY_MESSAGE_FROM_WORKFLOW,
  RETRY_MESSAGE_ORIGIN_ATTRIBUTE,
  type WorkflowOrder,
} from '@unstoppable/core';
import { type ChoiceRule, choice, numericAtLeast, numericAtMost, when } from '../../asl/choice';
import type { TemplateOf } from '../../asl/common';
import { attr } from '../../asl/dynamodb-json';
import { ErrorName } from '../../asl/error-names';
import { type PassState, pass } from '../../asl/pass';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import { adminAlert } from '../admin-alert';
import { retryDelaySteps } from '../backoff-tables';
import { conditionalWriteRetry, serviceRetry } from '../retry-policies';
import type { OrderBuildContext } from './order-build-context';
import { OrderPath } from './order-paths';
import { orderStatusUpdate } from './order-table';

/** Name of the Pass state that sets a retry delay of `seconds`. */
export type RetryDelayStateName = `RetryIn${number}s`;

export const retryDelayStateName = (seconds: number): RetryDelayStateName => `RetryIn${seconds}s`;

/**
 * DESIGN 4 step 7: QUEUED with the attempt and last error, then the next attempt goes to SQS with
 * a delay from the precomputed backoff table (picked by a Choice on the attempt: no arithmetic on
 * time); or FAILED plus an admin alert once `maxAttempts` is reached.
 */
export function queueOrderStates({ refs, settings }: OrderBuildContext) {
  const steps = retryDelaySteps(settings);
  const lastStep = steps[steps.length - 1] ?? { upTo: 1, seconds: settings.retryDelaySeconds };
  const delayRules = steps.map((step) =>
    when(numericAtMost(OrderPath.attempt, step.upTo), retryDelayStateName(step.seconds)),
  ) as [ChoiceRule<RetryDelayStateName>, ...ChoiceRule<RetryDelayStateName>[]];
  const delayStates = Object.fromEntries(
    steps.map((step) => [
      retryDelayStateName(step.seconds),
      pass({ Result: { delaySeconds: step.seconds }, ResultPath: OrderPath.retry, Next: 'SendToRetryQueue' }),
    ]),
  ) as Record<RetryDelayStateName, PassState<'SendToRetryQueue'>>;
  const nextOrder: TemplateOf<WorkflowOrder> = {
    'orderId.$': OrderPath.orderId,
    'customer.$': OrderPath.customer,
    'amount.$': OrderPath.amount,
    'currency.$': OrderPath.currency,
    'attempt.$': `States.MathAdd(${OrderPath.attempt}, 1)`,
  };
  const messageBody: TemplateOf<OrderWorkflowInput> = { order: nextOrder };
  const lastError = { ':lastError': attr.stringAt(OrderPath.errorName) } as const;
  const alreadyFinal = {
    ErrorEquals: [ErrorName.ConditionalCheckFailed],
    ResultPath: OrderPath.orderWriteError,
    Next: 'AlreadyFinal',
  } as const;
  const fixedStates = {
    QueueOrder: choice({
      Choices: [when(numericAtLeast(OrderPath.attempt, settings.maxAttempts), 'MarkOrderFailed')],
      Default: 'MarkOrderQueued',
    }),
    MarkOrderQueued: task({
      Comment: 'QUEUED only from PENDING/QUEUED and never back to an older attempt.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: orderStatusUpdate({
        tableName: refs.ordersTableName,
        to: OrderStatus.QUEUED,
        set: ['#lastError = :lastError'],
        values: lastError,
        historyError: OrderPath.errorName,
        extraCondition: 'attribute_not_exists(#attempt) OR #attempt <= :attempt',
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: [
        alreadyFinal,
        // The message still goes out: the next attempt settles the order or fails it visibly.
        { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.orderWriteError, Next: 'PickRetryDelay' },
      ],
      Next: 'PickRetryDelay',
    }),
    PickRetryDelay: choice({ Choices: delayRules, Default: retryDelayStateName(lastStep.seconds) }),
    SendToRetryQueue: task({
      Resource: IntegrationResource.sqsSendMessage,
      Parameters: {
        QueueUrl: refs.retryQueueUrl,
        MessageBody: messageBody,
        'DelaySeconds.$': OrderPath.retryDelaySeconds,
        MessageAttributes: {
          [RETRY_MESSAGE_ORIGIN_ATTRIBUTE]: { DataType: 'String', StringValue: RETRY_MESSAGE_FROM_WORKFLOW },
        },
      },
      ResultPath: null,
      Retry: serviceRetry(settings),
      Catch: [
        { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.queueError, Next: 'AlertOrderNotQueued' },
      ],
      Next: 'Queued',
    }),
    AlertOrderNotQueued: adminAlert({
      topicArn: refs.adminTopicArn,
      kind: AdminAlertKind.OrderNotQueued,
      settings,
      subject: 'Order could not be queued for retry',
      message: 'Order {} (attempt {}) could not be queued for a retry ({}). It needs manual handling.',
      args: [OrderPath.orderId, OrderPath.attempt, OrderPath.queueErrorName],
      next: 'OrderNotQueued',
      errorPath: OrderPath.alertError,
    }),
    MarkOrderFailed: task({
      Comment: 'Attempts exhausted or a request retrying cannot fix: FAILED, visible to admins.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: orderStatusUpdate({
        tableName: refs.ordersTableName,
        to: OrderStatus.FAILED,
        set: ['#lastError = :lastError'],
        values: lastError,
        historyError: OrderPath.errorName,
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: [
        alreadyFinal,
        { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.orderWriteError, Next: 'AlertOrderFailed' },
      ],
      Next: 'AlertOrderFailed',
    }),
    AlertOrderFailed: adminAlert({
      topicArn: refs.adminTopicArn,
      kind: AdminAlertKind.OrderFailed,
      settings,
      subject: 'Order FAILED',
      message: 'Order {} failed on attempt {} ({}: {}). It needs manual handling.',
      args: [OrderPath.orderId, OrderPath.attempt, OrderPath.errorName, OrderPath.errorCause],
      next: 'OrderFailed',
      errorPath: OrderPath.alertError,
    }),
  };
  return { fixedStates, delayStates };
}
