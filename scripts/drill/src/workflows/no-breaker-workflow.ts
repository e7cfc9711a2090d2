import {
  AdminAlertKind,
  ALERT_KIND_ATTRIBUTE,
  type ChargeInvocation,
  EVENT_SOURCE,
  EventDetailType,
  type OrderEventDetail,
  OrderStatus,
} from '@unstoppable/core';
import {
  ContextPath,
  defineStateMachine,
  ErrorName,
  IntegrationResource,
  OrderPath,
  resolveWorkflowSettings,
  succeed,
  TECHNICAL_CHARGE_ERRORS,
  type TemplateOf,
  task,
  type WorkflowRefs,
  type WorkflowSettings,
} from '@unstoppable/state-machine';
import { orderStatusWrite } from './order-status-write';

/**
 * The order workflow without a circuit breaker, for the drill's "no breaker" mode: charge with the
 * same in-place retries as the real workflow (technical errors only, same timeout and backoff),
 * then settle. Nothing is queued: an order whose retries are exhausted ends FAILED and the admins
 * get one alert per such order. Same execution input, worker payload and order writes as the real
 * workflow, so the two can be compared order for order.
 */
export function noBreakerWorkflow(
  refs: Pick<WorkflowRefs, 'paymentFunctionArn' | 'ordersTableName' | 'adminTopicArn' | 'eventBusName'>,
  settings?: WorkflowSettings,
) {
  const resolved = resolveWorkflowSettings(settings);
  const payload: TemplateOf<ChargeInvocation> = {
    'orderId.$': OrderPath.orderId,
    'attempt.$': OrderPath.attempt,
    'executionName.$': ContextPath.executionName,
  };
  const detail = (status: OrderStatus): TemplateOf<OrderEventDetail> => ({
    'orderId.$': OrderPath.orderId,
    'customerEmail.$': OrderPath.customerEmail,
    'amount.$': OrderPath.amount,
    'currency.$': OrderPath.currency,
    status,
    ...(status === OrderStatus.COMPLETED
      ? { 'chargeId.$': OrderPath.chargeId, 'amountDisplay.$': OrderPath.chargeAmountDisplay }
      : {}),
  });
  const emit = (detailType: EventDetailType, status: OrderStatus) =>
    task({
      Resource: IntegrationResource.eventBridgePutEvents,
      Parameters: {
        Entries: [
          {
            Source: EVENT_SOURCE,
            DetailType: detailType,
            Detail: detail(status),
            EventBusName: refs.eventBusName,
          },
        ],
      },
      ResultPath: null,
      Retry: serviceRetry([]),
      Catch: [{ ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.eventError, Next: 'Finished' }],
      Next: 'Finished',
    });
  const serviceRetry = (neverRetry: readonly string[]) => [
    ...(neverRetry.length > 0 ? [{ ErrorEquals: neverRetry, MaxAttempts: 0 }] : []),
    {
      ErrorEquals: [ErrorName.ALL],
      IntervalSeconds: 1,
      MaxAttempts: resolved.serviceRetryMaxAttempts,
      BackoffRate: 2,
      MaxDelaySeconds: 5,
      JitterStrategy: 'FULL' as const,
    },
  ];
  const writeRetry = serviceRetry([ErrorName.ConditionalCheckFailed]);
  const alreadyFinal = {
    ErrorEquals: [ErrorName.ConditionalCheckFailed],
    ResultPath: OrderPath.orderWriteError,
    Next: 'AlreadyFinal',
  } as const;
  return defineStateMachine({
    Comment: 'Drill variant: the order workflow with in-place retries only (no circuit breaker).',
    StartAt: 'Charge',
    States: {
      Charge: task({
        Resource: IntegrationResource.lambdaInvoke,
        Parameters: { FunctionName: refs.paymentFunctionArn, Payload: payload },
        ResultSelector: { 'chargeId.$': '$.Payload.chargeId', 'amountDisplay.$': '$.Payload.amountDisplay' },
        ResultPath: OrderPath.charge,
        TimeoutSeconds: resolved.paymentTimeoutSeconds,
        Retry: [
          {
            ErrorEquals: TECHNICAL_CHARGE_ERRORS,
            IntervalSeconds: resolved.chargeRetryIntervalSeconds,
            MaxAttempts: resolved.chargeRetryMaxAttempts,
            BackoffRate: resolved.chargeRetryBackoffRate,
            MaxDelaySeconds: resolved.chargeRetryMaxDelaySeconds,
            JitterStrategy: resolved.chargeRetryJitter,
          },
        ],
        Catch: [
          {
            ErrorEquals: [ErrorName.PaymentDeclined],
            ResultPath: OrderPath.error,
            Next: 'MarkOrderDeclined',
          },
          { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.error, Next: 'MarkOrderFailed' },
        ],
        Next: 'MarkOrderCompleted',
      }),
      MarkOrderCompleted: task({
        Resource: IntegrationResource.dynamoUpdateItem,
        Parameters: orderStatusWrite(refs.ordersTableName, OrderStatus.COMPLETED, { chargeId: true }),
        ResultPath: null,
        Retry: writeRetry,
        Catch: [alreadyFinal],
        Next: 'EmitOrderCompleted',
      }),
      EmitOrderCompleted: emit(EventDetailType.OrderCompleted, OrderStatus.COMPLETED),
      MarkOrderDeclined: task({
        Resource: IntegrationResource.dynamoUpdateItem,
        Parameters: orderStatusWrite(refs.ordersTableName, OrderStatus.DECLINED),
        ResultPath: null,
        Retry: writeRetry,
        Catch: [alreadyFinal],
        Next: 'EmitOrderDeclined',
      }),
      EmitOrderDeclined: emit(EventDetailType.OrderDeclined, OrderStatus.DECLINED),
      MarkOrderFailed: task({
        Comment: 'Retries exhausted: without a breaker or a queue the order fails.',
        Resource: IntegrationResource.dynamoUpdateItem,
        Parameters: orderStatusWrite(refs.ordersTableName, OrderStatus.FAILED, { lastError: true }),
        ResultPath: null,
        Retry: writeRetry,
        Catch: [alreadyFinal],
        Next: 'AlertOrderFailed',
      }),
      AlertOrderFailed: task({
        Resource: IntegrationResource.snsPublish,
        Parameters: {
          TopicArn: refs.adminTopicArn,
          Subject: 'Order FAILED',
          'Message.$': `States.Format('Order {} failed on attempt {} ({}).', ${OrderPath.orderId}, ${OrderPath.attempt}, ${OrderPath.errorName})`,
          MessageAttributes: {
            [ALERT_KIND_ATTRIBUTE]: { DataType: 'String', StringValue: AdminAlertKind.OrderFailed },
          },
        },
        ResultPath: null,
        Retry: serviceRetry([]),
        Catch: [{ ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.alertError, Next: 'OrderFailed' }],
        Next: 'OrderFailed',
      }),
      Finished: succeed('The order is COMPLETED or DECLINED.'),
      OrderFailed: succeed('The order is FAILED and the admins were alerted.'),
      AlreadyFinal: succeed('A late execution: the order was already final.'),
    },
  });
}
