import {
  AdminPage,
  E2E_ADMIN_TOKEN,
  loadWebE2eConfig,
  measurePageLayout,
  type OpenedPage,
  StorePage,
  saveScreenshot,
  useBrowserTestEnvironment,
  VIEWPORTS,
  type ViewportName,
} from '../../src';

const config = loadWebE2eConfig();
const env = useBrowserTestEnvironment(config);

/** Checks the page fits its width (no sideways page scroll, no control cut off) and saves its screenshot. */
async function checkLayout(opened: OpenedPage, name: string): Promise<void> {
  const layout = await measurePageLayout(opened.page);
  expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
  expect(layout.controlsOutside).toEqual([]);
  await saveScreenshot(opened.page, config.artifactsDir, name);
  expect(opened.problems.list()).toEqual([]);
}

describe.each(Object.keys(VIEWPORTS) as ViewportName[])('at the %s width', (viewport) => {
  const width = VIEWPORTS[viewport].width;

  it(`lays out the store at ${width} px through a whole checkout`, async () => {
    const opened = await env.browser.openPage('#/', viewport);
    const store = new StorePage(opened.page);
    await checkLayout(opened, `store-${width}-empty`);
    await store.addToCart('HOODIE-OPEN');
    await store.addToCart('CAP-BACKOFF');
    await store.fillCheckout({ name: 'Margaret', email: `layout-${width}@example.com` });
    await checkLayout(opened, `store-${width}-cart`);

    await store.payButton().click();
    await store.waitForStatus('COMPLETED');
    await checkLayout(opened, `store-${width}-completed`);
  });

  it(`lays out the admin dashboard at ${width} px, with orders in the table and chart`, async () => {
    const opened = await env.browser.openPage('#/admin', viewport);
    await checkLayout(opened, `admin-${width}-sign-in`);
    const admin = new AdminPage(opened.page);
    await admin.signIn(E2E_ADMIN_TOKEN);
    await admin.waitForCircuit('CLOSED');
    await opened.page.getByTestId('order-row').first().waitFor();
    await opened.page.getByTestId('notification-item').first().waitFor();
    // Every column of an order is readable without scrolling the table sideways.
    const row = opened.page.getByTestId('order-row').first();
    for (const cell of await row.locator('td').all()) {
      const box = await cell.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    }
    await checkLayout(opened, `admin-${width}`);

    await admin.forceOpenCircuit('layout check');
    await admin.waitForCircuit('FORCED_OPEN');
    await checkLayout(opened, `admin-${width}-forced-open`);
    await admin.resetCircuit();
    await admin.waitForCircuit('CLOSED');
  });
});
