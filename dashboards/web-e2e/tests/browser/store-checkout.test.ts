import { loadWebE2eConfig, ordersOfCustomer, StorePage, useBrowserTestEnvironment } from '../../src';

const config = loadWebE2eConfig();
const env = useBrowserTestEnvironment(config);

afterEach(async () => {
  await env.stack.pipeline.setChaos({});
});

describe('store checkout', () => {
  it('places an order from the cart and shows it COMPLETED, with no console errors', async () => {
    const { page, problems } = await env.browser.openPage('#/');
    const store = new StorePage(page);
    await store.addToCart('MUG-RETRY');
    await store.addToCart('STICKERS-5XX');
    await store.addToCart('STICKERS-5XX');
    expect(await page.getByTestId('cart-count').textContent()).toContain('3 items');
    expect(await page.getByTestId('cart-total').textContent()).toContain('21.00');
    await store.fillCheckout({ name: 'Ada', email: 'ada@example.com' });
    expect(await store.payButton().textContent()).toContain('21.00');

    await store.payButton().click();
    const orderId = await store.orderId();
    await store.waitForStatus('COMPLETED');

    expect(await page.getByTestId('order-status-headline').textContent()).toBe(
      'Payment received, thank you!',
    );
    const [stored] = await ordersOfCustomer(env.stack.url, 'ada@example.com');
    expect(stored).toMatchObject({ orderId, status: 'COMPLETED', amount: 2100, currency: 'EUR' });
    await page.getByRole('button', { name: 'Continue shopping' }).click();
    await page.getByTestId('cart-empty').waitFor();
    expect(problems.list()).toEqual([]);
  });

  it('places one order when the pay button is double-clicked', async () => {
    const { page, problems } = await env.browser.openPage('#/');
    const store = new StorePage(page);
    await store.addToCart('CAP-BACKOFF');
    await store.fillCheckout({ name: 'Grace', email: 'double-click@example.com' });

    await store.payButton().dblclick();
    await store.waitForStatus('COMPLETED');

    expect(await ordersOfCustomer(env.stack.url, 'double-click@example.com')).toHaveLength(1);
    expect(problems.list()).toEqual([]);
  });

  it('resumes the same checkout after a reload right after paying, placing no second order', async () => {
    const { page, problems } = await env.browser.openPage('#/');
    const store = new StorePage(page);
    await store.addToCart('HOODIE-OPEN');
    await store.fillCheckout({ name: 'Linus', email: 'reload@example.com' });

    await store.payButton().click();
    await page.reload();
    await store.waitForStatus('COMPLETED');
    const shownId = await store.orderId();

    const orders = await ordersOfCustomer(env.stack.url, 'reload@example.com');
    expect(orders.map((order) => order.orderId)).toEqual([shownId]);
    expect(problems.list()).toEqual([]);
  });

  it('shows DECLINED with the reason and keeps the cart for another try', async () => {
    await env.stack.pipeline.setChaos({ declineRate: 1 });
    const { page, problems } = await env.browser.openPage('#/');
    const store = new StorePage(page);

    await store.placeOrder('TSHIRT-BREAKER', { name: 'Barbara', email: 'declined@example.com' });
    await store.waitForStatus('DECLINED');

    expect(await page.getByTestId('order-status-headline').textContent()).toBe('Payment declined');
    const message = await store.statusMessage();
    expect(message).toContain('card_declined');
    // The reason is for the shopper: no Lambda error envelope, no stack trace.
    expect(message).not.toMatch(/errorType|trace|[{}]/);
    await page.getByRole('button', { name: 'Back to the cart' }).click();
    await page.getByTestId('cart-line-TSHIRT-BREAKER').waitFor();
    expect(await page.getByTestId('cart-empty').count()).toBe(0);
    expect(problems.list()).toEqual([]);
  });

  it('loads the catalog again when the API refuses an outdated price, and the next try pays the current one', async () => {
    const { page, problems } = await env.browser.openPage('#/');
    // The page loads a product list in which the mug still has an old price.
    const listing = (await (await fetch(new URL('/products', env.stack.url))).json()) as {
      items: { sku: string; unitPrice: number }[];
    };
    const stale = {
      items: listing.items.map((p) => (p.sku === 'MUG-RETRY' ? { ...p, unitPrice: 1100 } : p)),
    };
    await page.route('**/products', (route) => route.fulfill({ json: stale }));
    await page.reload();
    const store = new StorePage(page);
    await store.addToCart('MUG-RETRY');
    expect(await page.getByTestId('cart-total').textContent()).toContain('11.00');
    await page.unroute('**/products');

    await store.fillCheckout({ name: 'Mary', email: 'stale-price@example.com' });
    await store.payButton().click();
    await page.getByTestId('store-prices-changed').waitFor();
    await page.locator('[data-testid="cart-total"]', { hasText: '12.00' }).waitFor();
    expect(await ordersOfCustomer(env.stack.url, 'stale-price@example.com')).toEqual([]);

    await store.payButton().click();
    const orderId = await store.orderId();
    await store.waitForStatus('COMPLETED');
    const orders = await ordersOfCustomer(env.stack.url, 'stale-price@example.com');
    expect(orders).toEqual([expect.objectContaining({ orderId, amount: 1200, status: 'COMPLETED' })]);
    // The refused POST is the only problem: Chromium logs a failed load for its 400.
    expect(problems.list()).toEqual([expect.stringContaining('400')]);
  });
});
