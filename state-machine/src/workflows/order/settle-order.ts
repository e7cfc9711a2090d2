import { EVENT_SOURCE, EventDetailType, type OrderEventDetail, OrderStatus } from '@unstoppable/core';
import type { TemplateOf } from '../../asl/common';
import { attr } from '../../asl/dynamodb-json';
import { ErrorName } from '../../asl/error-names';
import { pass } from '../../asl/pass';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import { conditionalWriteRetry, serviceRetry } from '../retry-policies';
import type { OrderBuildContext } from './order-build-context';
import { OrderPath } from './order-paths';
import { orderStatusUpdate } from './order-table';

/**
 * DESIGN 4 steps 4-5, order side: a capture ends COMPLETED, a decline DECLINED, each announced
 * on the event bus. A conditional-check failure means the order is already final (a late
 * execution): end without changing anything. Any other write failure queues the order, whose
 * next attempt gets the same answer from the idempotent worker.
 */
export function settleOrderStates({ refs, settings }: OrderBuildContext) {
  const completedDetail: TemplateOf<OrderEventDetail> = {
    'orderId.$': OrderPath.orderId,
    'customerEmail.$': OrderPath.customerEmail,
    'amount.$': OrderPath.amount,
    'currency.$': OrderPath.currency,
    status: OrderStatus.COMPLETED,
    'chargeId.$': OrderPath.chargeId,
    'amountDisplay.$': OrderPath.chargeAmountDisplay,
  };
  const declinedDetail: TemplateOf<OrderEventDetail> = {
    'orderId.$': OrderPath.orderId,
    'customerEmail.$': OrderPath.customerEmail,
    'amount.$': OrderPath.amount,
    'currency.$': OrderPath.currency,
    status: OrderStatus.DECLINED,
    'declineReason.$': OrderPath.declineReason,
  };
  const orderWriteCatch = <const N extends string>(next: N) =>
    [
      {
        ErrorEquals: [ErrorName.ConditionalCheckFailed],
        ResultPath: OrderPath.orderWriteError,
        Next: 'AlreadyFinal',
      },
      { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.error, Next: next },
    ] as const;
  const emit = (detailType: EventDetailType, detail: TemplateOf<OrderEventDetail>) =>
    task({
      Resource: IntegrationResource.eventBridgePutEvents,
      Parameters: {
        Entries: [
          { Source: EVENT_SOURCE, DetailType: detailType, Detail: detail, EventBusName: refs.eventBusName },
        ],
      },
      ResultPath: null,
      Retry: serviceRetry(settings),
      // The order is settled; a lost notification must not undo that.
      Catch: [
        { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.eventError, Next: 'RecordHealthyGateway' },
      ],
      Next: 'RecordHealthyGateway',
    });
  return {
    MarkOrderCompleted: task({
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: orderStatusUpdate({
        tableName: refs.ordersTableName,
        to: OrderStatus.COMPLETED,
        set: ['#chargeId = :chargeId'],
        remove: ['#lastError'],
        values: { ':chargeId': attr.stringAt(OrderPath.chargeId) },
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: orderWriteCatch('QueueOrder'),
      Next: 'EmitOrderCompleted',
    }),
    EmitOrderCompleted: emit(EventDetailType.OrderCompleted, completedDetail),
    ReadDeclineReason: pass({
      Comment: "A function error's Cause is its error JSON; the reason is its errorMessage, never the trace.",
      Parameters: { 'cause.$': `States.StringToJson(${OrderPath.errorCause})` },
      ResultPath: OrderPath.decline,
      Next: 'MarkOrderDeclined',
    }),
    MarkOrderDeclined: task({
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: orderStatusUpdate({
        tableName: refs.ordersTableName,
        to: OrderStatus.DECLINED,
        set: ['#declineReason = :declineReason'],
        remove: ['#lastError'],
        values: { ':declineReason': attr.stringAt(OrderPath.declineReason) },
        historyError: OrderPath.errorName,
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: orderWriteCatch('QueueOrder'),
      Next: 'EmitOrderDeclined',
    }),
    EmitOrderDeclined: emit(EventDetailType.OrderDeclined, declinedDetail),
  };
}
