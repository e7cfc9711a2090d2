import { ORDER_ATTRIBUTES, type OrderStatus, transitionCondition } from '@unstoppable/core';
import {
  attr,
  ContextPath,
  OrderPath,
  type PayloadTemplate,
  updateItemParameters,
} from '@unstoppable/state-machine';

/**
 * UpdateItem parameters that move the carried order to `to`, as the real order workflow writes
 * it: only from the statuses core allows to lead there, with `attempt`, `updatedAt` and a
 * history entry, so the drill's variant leaves orders the API and the checks read the same way.
 */
export function orderStatusWrite(
  tableName: string,
  to: OrderStatus,
  options: { readonly chargeId?: boolean; readonly lastError?: boolean } = {},
): PayloadTemplate {
  const condition = transitionCondition(to);
  const sets = [
    '#status = :status',
    '#attempt = :attempt',
    '#updatedAt = :now',
    '#history = list_append(if_not_exists(#history, :noHistory), :change)',
    ...(options.chargeId ? ['#chargeId = :chargeId'] : []),
    ...(options.lastError ? ['#lastError = :lastError'] : []),
  ];
  const change = attr.map({
    status: attr.string(to),
    at: attr.stringAt(ContextPath.startTime),
    attempt: attr.numberAt(OrderPath.attempt),
  });
  return updateItemParameters({
    tableName,
    key: { [ORDER_ATTRIBUTES.orderId]: attr.stringAt(OrderPath.orderId) },
    update: `SET ${sets.join(', ')}`,
    condition: condition.ConditionExpression,
    values: {
      ':status': attr.string(to),
      ':attempt': attr.numberAt(OrderPath.attempt),
      ':now': attr.stringAt(ContextPath.startTime),
      ':noHistory': attr.list(),
      ':change': attr.list(change),
      ...(condition.ExpressionAttributeValues as Record<`:${string}`, PayloadTemplate>),
      ...(options.chargeId ? { ':chargeId': attr.stringAt(OrderPath.chargeId) } : {}),
      ...(options.lastError ? { ':lastError': attr.stringAt(OrderPath.errorName) } : {}),
    },
    attributes: ORDER_ATTRIBUTES,
  });
}
