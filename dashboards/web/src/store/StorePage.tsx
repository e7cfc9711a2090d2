import { DEMO_PAYMENT_TOKEN } from '@unstoppable/core';
import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { cartCount, cartTotal } from '../cart/cart';
import type { CheckoutKeeper } from '../checkout/checkout-keeper';
import { formatMoney } from '../format/format';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { usePolling } from '../ui/use-polling';
import { CartView } from './CartView';
import { CheckoutForm } from './CheckoutForm';
import { isCatalogOutdated } from './catalog-outdated';
import { OrderPanel } from './OrderPanel';
import { ProductList } from './ProductList';
import { useCatalog } from './use-catalog';
import { useCheckout } from './use-checkout';

export interface StorePageProps {
  readonly api: ApiClient;
  readonly keeper: CheckoutKeeper;
}

/** How often the store checks whether payments are delayed (the public circuit state). */
const CIRCUIT_POLL_MS = 5000;

/** The shop: products (from `GET /products`), cart, checkout and the order's live status. */
export function StorePage({ api, keeper }: StorePageProps) {
  const catalog = useCatalog(api);
  const checkout = useCheckout(api, keeper, catalog.products);
  const [paymentToken, setPaymentToken] = useState(DEMO_PAYMENT_TOKEN);
  const [announcement, setAnnouncement] = useState('');
  const circuit = usePolling((signal) => api.getCircuit({ signal }), { intervalMs: CIRCUIT_POLL_MS });
  const { saved, order } = checkout;
  const locked = saved.pending !== undefined || order !== undefined;
  const total = cartTotal(saved.cart, catalog.products);
  // Refused for an outdated catalog: load the current one, so the cart shows and sends today's prices.
  const pricesChanged = isCatalogOutdated(checkout.submitError);
  const reloadCatalog = catalog.reload;
  useEffect(() => {
    if (pricesChanged) reloadCatalog();
  }, [pricesChanged, reloadCatalog]);
  return (
    <div className="store-layout">
      {circuit.data && circuit.data.state !== 'CLOSED' ? (
        <p className="notice" data-testid="store-payments-delayed">
          Payments are delayed right now. Orders are still accepted and will be charged automatically once the
          payment provider is back.
        </p>
      ) : null}
      <p className="visually-hidden" role="status" data-testid="cart-announcement">
        {announcement}
      </p>
      <ProductList
        catalog={catalog.state}
        onRetry={catalog.reload}
        onAdd={(sku) => {
          checkout.add(sku);
          const name = catalog.products.find((product) => product.sku === sku)?.name ?? sku;
          const count = cartCount(saved.cart) + 1;
          setAnnouncement(`${name} added to the cart (${count} item${count === 1 ? '' : 's'}).`);
        }}
        disabled={locked}
      />
      <div className="store-side">
        <CartView
          cart={saved.cart}
          catalog={catalog.products}
          locked={locked}
          onQuantity={checkout.setLineQuantity}
          onRemove={checkout.remove}
        />
        {locked ? (
          <OrderPanel
            order={order}
            pending={saved.pending}
            submitting={checkout.submitting}
            submitError={checkout.submitError}
            pollError={checkout.pollError}
            onRetry={checkout.retry}
            onStartOver={checkout.startOver}
          />
        ) : (
          <>
            {pricesChanged ? (
              <p className="notice" role="alert" data-testid="store-prices-changed">
                Prices changed since this page was loaded, so nothing was charged. The cart now shows the
                current prices: check the total and pay again.
              </p>
            ) : (
              <ApiErrorAlert errors={[checkout.submitError]} testId="checkout-error" />
            )}
            <CheckoutForm
              customer={saved.customer}
              paymentToken={paymentToken}
              total={total ? formatMoney(total.amount, total.currency) : undefined}
              submitting={checkout.submitting}
              fieldErrors={checkout.fieldErrors}
              onCustomer={checkout.setCustomer}
              onPaymentToken={setPaymentToken}
              onSubmit={() => checkout.submit(paymentToken)}
            />
          </>
        )}
      </div>
    </div>
  );
}
