import {
  AdminPage,
  E2E_ADMIN_TOKEN,
  loadWebE2eConfig,
  type OpenedPage,
  StorePage,
  useBrowserTestEnvironment,
} from '../../src';

const config = loadWebE2eConfig();
const env = useBrowserTestEnvironment(config);

/** Marks the page's window; a reload or navigation away would lose the mark. */
async function markWindow(opened: OpenedPage): Promise<void> {
  await opened.page.evaluate(() => {
    (window as unknown as Record<string, unknown>).__e2eSameDocument = true;
  });
}

const stillSameDocument = (opened: OpenedPage): Promise<boolean> =>
  opened.page.evaluate(() => (window as unknown as Record<string, unknown>).__e2eSameDocument === true);

describe('an outage driven from the admin page', () => {
  it('queues orders while chaos has the gateway down, opens the circuit, and completes them all once it is off, without a reload', async () => {
    const adminTab = await env.browser.openPage('#/admin');
    const admin = new AdminPage(adminTab.page);
    await admin.signIn(E2E_ADMIN_TOKEN);
    await admin.waitForCircuit('CLOSED');

    await admin.applyChaos({ down: true });
    expect(await adminTab.page.getByTestId('chaos-status').textContent()).toContain('by admin-token');

    // Three shoppers pay while the gateway is down: enough technical failures to trip the circuit.
    const shoppers: OpenedPage[] = [];
    const orderIds: string[] = [];
    for (const [index, sku] of ['MUG-RETRY', 'CAP-BACKOFF', 'STICKERS-5XX'].entries()) {
      const tab = await env.browser.openPage('#/');
      const store = new StorePage(tab.page);
      orderIds.push(
        await store.placeOrder(sku, { name: `Shopper ${index}`, email: `outage-${index}@example.com` }),
      );
      shoppers.push(tab);
    }

    await admin.waitForCircuit('OPEN');
    const red = await admin.badgeColour();
    expect(red.r).toBeGreaterThan(2 * Math.max(red.g, red.b));
    for (const orderId of orderIds) await admin.waitForOrderRow(orderId, 'QUEUED');
    await adminTab.page.locator('[data-testid="orders-chart-total-QUEUED"]:text-is("3")').waitFor();
    for (const tab of shoppers) {
      const store = new StorePage(tab.page);
      await store.waitForStatus('QUEUED');
      expect(await store.statusMessage()).toContain(
        'the payment will be taken automatically when the provider is back',
      );
      await markWindow(tab);
    }
    await adminTab.page.waitForFunction(
      () => Number(document.querySelector('[data-testid="queue-retry-depth"]')?.textContent) > 0,
    );
    await markWindow(adminTab);

    await admin.applyChaos({ down: false });

    for (const orderId of orderIds) await admin.waitForOrderRow(orderId, 'COMPLETED');
    for (const tab of shoppers) await new StorePage(tab.page).waitForStatus('COMPLETED');
    await admin.waitForCircuit('CLOSED');
    const green = await admin.badgeColour();
    expect(green.g).toBeGreaterThan(1.5 * Math.max(green.r, green.b));
    await adminTab.page.locator('[data-testid="orders-chart-total-COMPLETED"]:text-is("3")').waitFor();
    await adminTab.page.locator('[data-testid="orders-chart-total-QUEUED"]:text-is("0")').waitFor();
    await adminTab.page.waitForFunction(
      () => document.querySelector('[data-testid="queue-retry-depth"]')?.textContent === '0',
    );
    // One alert per trip reached the admins' feed.
    await adminTab.page.getByTestId('notification-item').filter({ hasText: /admin/i }).first().waitFor();
    for (const tab of [adminTab, ...shoppers]) expect(await stillSameDocument(tab)).toBe(true);
    for (const tab of [adminTab, ...shoppers]) expect(tab.problems.list()).toEqual([]);
  }, 120_000);
});
