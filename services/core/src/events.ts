/** EventBridge `source` of every event this system emits. */
export const EVENT_SOURCE = 'unstoppable.payments';

/** EventBridge `detail-type`s. */
export const EventDetailType = {
  OrderCompleted: 'OrderCompleted',
  OrderDeclined: 'OrderDeclined',
} as const;

export type EventDetailType = (typeof EventDetailType)[keyof typeof EventDetailType];

/** The `detail` of OrderCompleted / OrderDeclined: enough for a customer message, no payment data. */
export interface OrderEventDetail {
  readonly orderId: string;
  readonly customerEmail: string;
  readonly amount: number;
  readonly currency: string;
  readonly status: 'COMPLETED' | 'DECLINED';
  readonly chargeId?: string;
  /** OrderCompleted only: the amount for people (`"24.00 EUR"`), from the worker's capture. */
  readonly amountDisplay?: string;
  readonly declineReason?: string;
}
