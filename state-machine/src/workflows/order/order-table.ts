import {
  ORDER_ATTRIBUTES,
  type OrderStatus,
  type StatusChange,
  transitionCondition,
} from '@unstoppable/core';
import type { JsonPath, PayloadTemplate } from '../../asl/common';
import { attr } from '../../asl/dynamodb-json';
import { updateItemParameters } from '../../asl/dynamodb-update';
import { ContextPath } from '../context-paths';
import { OrderPath } from './order-paths';

/** A status write of the order this execution carries. */
export interface OrderStatusWrite {
  readonly tableName: string;
  readonly to: OrderStatus;
  /** More `SET` clauses, e.g. `#chargeId = :chargeId`. */
  readonly set?: readonly string[];
  /** Attributes to `REMOVE`, e.g. `#lastError`. */
  readonly remove?: readonly string[];
  readonly values?: Record<`:${string}`, PayloadTemplate>;
  /** Error name recorded in the history entry. */
  readonly historyError?: JsonPath;
  /** ANDed to the status condition from @unstoppable/core. */
  readonly extraCondition?: string;
}

/**
 * UpdateItem parameters that move the order to `to` only from the statuses allowed to lead
 * there (core's `transitionCondition`), set `attempt` and `updatedAt`, and append a
 * StatusChange to `history`.
 */
export function orderStatusUpdate(write: OrderStatusWrite): PayloadTemplate {
  const status = transitionCondition(write.to);
  const change: { readonly [K in keyof StatusChange]: PayloadTemplate } = {
    status: attr.string(write.to),
    at: attr.stringAt(ContextPath.startTime),
    attempt: attr.numberAt(OrderPath.attempt),
    ...(write.historyError === undefined ? {} : { error: attr.stringAt(write.historyError) }),
  };
  const sets = [
    '#status = :status',
    '#attempt = :attempt',
    '#updatedAt = :now',
    '#history = list_append(if_not_exists(#history, :noHistory), :change)',
    ...(write.set ?? []),
  ];
  const remove = write.remove?.length ? ` REMOVE ${write.remove.join(', ')}` : '';
  return updateItemParameters({
    tableName: write.tableName,
    key: { [ORDER_ATTRIBUTES.orderId]: attr.stringAt(OrderPath.orderId) },
    update: `SET ${sets.join(', ')}${remove}`,
    condition:
      write.extraCondition === undefined
        ? status.ConditionExpression
        : `${status.ConditionExpression} AND (${write.extraCondition})`,
    values: {
      ':status': attr.string(write.to),
      ':attempt': attr.numberAt(OrderPath.attempt),
      ':now': attr.stringAt(ContextPath.startTime),
      ':noHistory': attr.list(),
      ':change': attr.list(attr.map(change)),
      ...(status.ExpressionAttributeValues as Record<`:${string}`, PayloadTemplate>),
      ...write.values,
    },
    attributes: ORDER_ATTRIBUTES,
  });
}
