import { type OrderStatus, statusesLeadingTo } from './order-status';
import { ORDER_ATTRIBUTES } from './tables';

/** A DynamoDB condition in the low-level (marshalled) form used by the SDK and by ASL tasks. */
export interface StatusCondition {
  readonly ConditionExpression: string;
  readonly ExpressionAttributeNames: Record<string, string>;
  readonly ExpressionAttributeValues: Record<string, { S: string }>;
}

/**
 * Condition expression for "only from these statuses": `#status IN (:from0, :from1)`.
 * Merge its names and values into the write's own.
 *
 * @example
 * onlyFromStatuses(['PENDING', 'QUEUED'])
 * // { ConditionExpression: '#status IN (:from0, :from1)', ... }
 */
export function onlyFromStatuses(statuses: readonly OrderStatus[]): StatusCondition {
  if (statuses.length === 0) throw new Error('onlyFromStatuses needs at least one status');
  const placeholders = statuses.map((_, index) => `:from${index}`);
  return {
    ConditionExpression: `#status IN (${placeholders.join(', ')})`,
    ExpressionAttributeNames: { '#status': ORDER_ATTRIBUTES.status },
    ExpressionAttributeValues: Object.fromEntries(
      statuses.map((status, index) => [`:from${index}`, { S: status }]),
    ),
  };
}

/** Condition for a write that moves an order to `to`: only from the statuses allowed to lead there. */
export function transitionCondition(to: OrderStatus): StatusCondition {
  const from = statusesLeadingTo(to);
  if (from.length === 0) throw new Error(`no status may move to ${to}`);
  return onlyFromStatuses(from);
}
