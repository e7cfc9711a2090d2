import { DEMO_CATALOG, DEMO_PAYMENT_TOKEN, type OrderInput } from '@unstoppable/core';

/**
 * A valid order of 1-3 catalog products, chosen by `random` (for repeatable runs).
 * @example sampleOrder(Math.random, 7) // customer cust-7
 */
export function sampleOrder(random: () => number, sequence: number): OrderInput {
  const lineCount = 1 + Math.floor(random() * 3);
  const items = Array.from({ length: lineCount }, (_, index) => {
    const product =
      DEMO_CATALOG[Math.floor(random() * DEMO_CATALOG.length)] ?? DEMO_CATALOG[index % DEMO_CATALOG.length];
    if (!product) throw new Error('the demo catalog is empty');
    return { sku: product.sku, quantity: 1 + Math.floor(random() * 3), unitPrice: product.unitPrice };
  });
  return {
    customer: { id: `cust-${sequence}`, email: `customer${sequence}@example.com` },
    items,
    amount: items.reduce((sum, item) => sum + item.quantity * item.unitPrice, 0),
    currency: 'EUR',
    paymentToken: DEMO_PAYMENT_TOKEN,
  };
}
