import { EVENT_SOURCE, EventDetailType } from '@unstoppable/core';
import type { EventRuleDefinition } from './rule-definition';

/** What the system's rules point at; infra and the local runtime pass their own. */
export interface OrderNotificationRefs {
  /** @default 'default' */
  readonly eventBusName?: string;
  readonly customerTopicArn: string;
}

/** Rule names (stable: infra resource names derive from them). */
export const ORDER_RULE_NAMES = {
  completed: 'order-completed-notify-customer',
  declined: 'order-declined-notify-customer',
} as const;

/**
 * The EventBridge rules of the system: OrderCompleted and OrderDeclined events are turned into a
 * readable customer message and published to the customer topic.
 */
export function orderNotificationRules(refs: OrderNotificationRefs): EventRuleDefinition[] {
  const bus = refs.eventBusName ?? 'default';
  return [
    {
      Name: ORDER_RULE_NAMES.completed,
      EventBusName: bus,
      Description: 'Tell the customer that the payment of an order went through.',
      EventPattern: { source: [EVENT_SOURCE], 'detail-type': [EventDetailType.OrderCompleted] },
      Targets: [
        {
          Id: 'customer-topic',
          Arn: refs.customerTopicArn,
          InputTransformer: {
            InputPathsMap: {
              orderId: '$.detail.orderId',
              amountDisplay: '$.detail.amountDisplay',
            },
            InputTemplate: 'Your order <orderId> is confirmed: the payment of <amountDisplay> went through.',
          },
        },
      ],
    },
    {
      Name: ORDER_RULE_NAMES.declined,
      EventBusName: bus,
      Description: 'Tell the customer that the payment of an order was declined.',
      EventPattern: { source: [EVENT_SOURCE], 'detail-type': [EventDetailType.OrderDeclined] },
      Targets: [
        {
          Id: 'customer-topic',
          Arn: refs.customerTopicArn,
          InputTransformer: {
            InputPathsMap: { orderId: '$.detail.orderId', reason: '$.detail.declineReason' },
            InputTemplate:
              'Your payment for order <orderId> was declined (<reason>). No money was taken; please try another payment method.',
          },
        },
      ],
    },
  ];
}
