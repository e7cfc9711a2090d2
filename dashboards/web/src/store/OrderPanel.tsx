import type { OrderView } from '@unstoppable/core';
import type { PendingCheckout } from '../checkout/checkout-keeper';
import { formatMoney } from '../format/format';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { describeOrderProgress } from './order-progress';

export interface OrderPanelProps {
  readonly order?: OrderView;
  readonly pending?: PendingCheckout;
  readonly submitting: boolean;
  readonly submitError?: unknown;
  readonly pollError?: unknown;
  readonly onRetry: () => void;
  readonly onStartOver: () => void;
}

/** The order's live status after checkout, or the submission in progress / to retry. */
export function OrderPanel({
  order,
  pending,
  submitting,
  submitError,
  pollError,
  onRetry,
  onStartOver,
}: OrderPanelProps) {
  const progress = order ? describeOrderProgress(order) : undefined;
  return (
    <section className="panel order-panel" aria-labelledby="order-heading" data-testid="order-panel">
      <h2 id="order-heading">Your order</h2>
      <ApiErrorAlert errors={[submitError]} testId="checkout-error" />
      {order && progress ? (
        <div className={`order-progress tone-${progress.tone}`} aria-live="polite">
          <p className="order-status-line">
            Status:{' '}
            <strong
              className={`status-pill status-${order.status}`}
              data-testid="order-status"
              data-status={order.status}
            >
              {order.status}
            </strong>
          </p>
          <p className="order-headline" data-testid="order-status-headline">
            {progress.headline}
          </p>
          <p data-testid="order-status-message">{progress.message}</p>
          <p className="muted small">
            Order <code data-testid="order-id">{order.orderId}</code> ·{' '}
            {formatMoney(order.amount, order.currency)} · attempt {order.attempt}
          </p>
          {pollError ? (
            <p className="muted small" role="status">
              Could not refresh the status just now; still trying.
            </p>
          ) : null}
        </div>
      ) : (
        <div aria-live="polite">
          <p data-testid="order-submitting">
            {submitting
              ? 'Submitting your order…'
              : 'Your order could not be confirmed. Retrying is safe: it will not be placed or charged twice.'}
          </p>
          {pending ? (
            <p className="muted small">
              Checkout key <code data-testid="order-idempotency-key">{pending.idempotencyKey}</code>
            </p>
          ) : null}
        </div>
      )}
      <div className="button-row">
        {!order && pending && !submitting ? (
          <button type="button" className="button primary" onClick={onRetry} data-testid="checkout-retry">
            Retry payment
          </button>
        ) : null}
        {order && progress?.final ? (
          <button type="button" className="button" onClick={onStartOver} data-testid="order-start-over">
            {order.status === 'COMPLETED' ? 'Continue shopping' : 'Back to the cart'}
          </button>
        ) : null}
        {order && order.status === 'QUEUED' ? (
          <button type="button" className="button" onClick={onStartOver} data-testid="order-start-over">
            Place another order
          </button>
        ) : null}
      </div>
    </section>
  );
}
