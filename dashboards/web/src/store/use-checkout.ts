import type { FieldError, OrderView, Product } from '@unstoppable/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { addToCart, type Cart, removeFromCart, setQuantity } from '../cart/cart';
import type { CheckoutKeeper, PendingCheckout, SavedCheckout } from '../checkout/checkout-keeper';
import { buildOrderRequest, type CustomerDetails } from '../checkout/order-request';
import { ApiError, InputError } from '../errors';
import { usePolling } from '../ui/use-polling';
import { describeOrderProgress } from './order-progress';

/** How often the store asks for the order's status until it is final. */
export const ORDER_POLL_MS = 500;

export interface Checkout {
  readonly saved: SavedCheckout;
  /** The order as last seen (kept after it settles until `startOver`). */
  readonly order?: OrderView;
  readonly submitting: boolean;
  /** Why the last submission did not go through. */
  readonly submitError?: unknown;
  /** The last status poll's error (the poll goes on). */
  readonly pollError?: unknown;
  readonly fieldErrors: readonly FieldError[];
  readonly add: (sku: string) => void;
  readonly setLineQuantity: (sku: string, quantity: number) => void;
  readonly remove: (sku: string) => void;
  readonly setCustomer: (customer: CustomerDetails) => void;
  readonly submit: (paymentToken: string) => void;
  /** Sends the pending checkout again, with its original key and body. */
  readonly retry: () => void;
  /** Leaves the order shown (it goes on server-side) and returns to an editable cart. */
  readonly startOver: () => void;
}

/**
 * The store's checkout: cart edits, one idempotency key per checkout, submission, resuming a
 * pending checkout after a reload, and watching the order until it is final. A new checkout is
 * priced from `catalog` (the products as `GET /products` listed them); a resumed one sends its
 * stored request as it was.
 */
export function useCheckout(api: ApiClient, keeper: CheckoutKeeper, catalog: readonly Product[]): Checkout {
  const [saved, setSaved] = useState<SavedCheckout>(() => keeper.load());
  const [order, setOrder] = useState<OrderView>();
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>();
  const [fieldErrors, setFieldErrors] = useState<readonly FieldError[]>([]);
  const inFlight = useRef(false);

  const send = useCallback(
    async (pending: PendingCheckout) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setSubmitting(true);
      setSubmitError(undefined);
      setFieldErrors([]);
      try {
        const placed = await api.placeOrder(pending.request, pending.idempotencyKey);
        setOrder(placed.order);
      } catch (error) {
        setSubmitError(error);
        // A definite refusal created no order: free the cart. Otherwise the order may exist, so
        // the checkout stays pending and a retry reuses the same key.
        if (error instanceof ApiError && !error.retryable) {
          setSaved(keeper.release());
          setFieldErrors(error.fieldErrors);
        }
      } finally {
        inFlight.current = false;
        setSubmitting(false);
      }
    },
    [api, keeper],
  );

  // A reload in the middle of a checkout resumes it: same key, same body, no second order.
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    const pending = keeper.load().pending;
    if (pending) void send(pending);
  }, [keeper, send]);

  const watching = order !== undefined && !describeOrderProgress(order).final;
  const orderId = order?.orderId;
  const poll = usePolling((signal) => api.getOrder(orderId ?? '', { signal }), {
    intervalMs: ORDER_POLL_MS,
    enabled: watching,
    resetKey: orderId ?? '',
  });
  const polled = poll.data;
  useEffect(() => {
    if (polled && polled.orderId === orderId) setOrder(polled);
  }, [polled, orderId]);

  // Once final, the key has done its job: completed empties the cart, declined/failed keeps it.
  const status = order?.status;
  useEffect(() => {
    if (status === 'COMPLETED') setSaved(keeper.complete());
    if (status === 'DECLINED' || status === 'FAILED') setSaved(keeper.release());
  }, [status, keeper]);

  const editCart = useCallback(
    (change: (cart: Cart) => Cart) => {
      setSaved((current) =>
        current.pending ? current : keeper.saveDraft(change(current.cart), current.customer),
      );
    },
    [keeper],
  );

  return {
    saved,
    order,
    submitting,
    submitError,
    pollError: watching ? poll.error : undefined,
    fieldErrors,
    add: (sku) => editCart((cart) => addToCart(cart, sku)),
    setLineQuantity: (sku, quantity) => editCart((cart) => setQuantity(cart, sku, quantity)),
    remove: (sku) => editCart((cart) => removeFromCart(cart, sku)),
    setCustomer: (customer) => {
      setFieldErrors((errors) => errors.filter((error) => !error.field.startsWith('customer.')));
      setSaved((current) => (current.pending ? current : keeper.saveDraft(current.cart, customer)));
    },
    submit: (paymentToken) => {
      if (inFlight.current) return;
      let pending = keeper.load().pending;
      if (!pending) {
        try {
          pending = keeper.begin(buildOrderRequest(saved.cart, saved.customer, paymentToken, catalog));
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          setFieldErrors(error.errors);
          setSubmitError(error);
          return;
        }
      }
      setSaved(keeper.load());
      void send(pending);
    },
    retry: () => {
      const pending = keeper.load().pending;
      if (pending) void send(pending);
    },
    startOver: () => {
      if (order && !describeOrderProgress(order).final) setSaved(keeper.complete());
      setOrder(undefined);
      setSubmitError(undefined);
      setFieldErrors([]);
    },
  };
}
