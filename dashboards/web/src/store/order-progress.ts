import type { OrderView } from '@unstoppable/core';
import { isFinalStatus } from '@unstoppable/core';

/** How the store presents an order's status to the shopper. */
export interface OrderProgress {
  readonly tone: 'working' | 'waiting' | 'success' | 'problem';
  readonly headline: string;
  readonly message: string;
  /** True once the order can no longer change (stop polling). */
  readonly final: boolean;
}

/** Plain-language progress for each status, with the decline reason or last error where there is one. */
export function describeOrderProgress(
  order: Pick<OrderView, 'status' | 'declineReason' | 'lastError'>,
): OrderProgress {
  const final = isFinalStatus(order.status);
  switch (order.status) {
    case 'PENDING':
      return {
        tone: 'working',
        headline: 'Processing your payment…',
        message: 'Your order is saved. We are taking the payment now.',
        final,
      };
    case 'QUEUED':
      return {
        tone: 'waiting',
        headline: 'Order received, payment delayed',
        message:
          'The payment provider is unavailable right now. Your order is safe: the payment will be taken ' +
          'automatically when the provider is back. You do not need to do anything, and you will not be charged twice.',
        final,
      };
    case 'COMPLETED':
      return {
        tone: 'success',
        headline: 'Payment received, thank you!',
        message: 'Your order is complete. A confirmation is on its way to your email.',
        final,
      };
    case 'DECLINED':
      return {
        tone: 'problem',
        headline: 'Payment declined',
        message: `Your payment was declined${order.declineReason ? `: ${order.declineReason}` : ''}. You have not been charged; try another payment method.`,
        final,
      };
    case 'FAILED':
      return {
        tone: 'problem',
        headline: 'We could not take the payment',
        message:
          'The payment could not be completed after several attempts, so the order was stopped and you have not ' +
          `been charged. Our team has been alerted.${order.lastError ? ` (Last error: ${order.lastError})` : ''}`,
        final,
      };
  }
}
