import type { Locator } from 'playwright-core';
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
let adminTab: OpenedPage;
let admin: AdminPage;
const requestedUrls: string[] = [];
/** `METHOD /path` of every API call the admin tab made. */
const apiCalls: string[] = [];
const circuitActions = () => apiCalls.filter((call) => call.startsWith('POST /admin/circuit/'));
const consoleLines: string[] = [];

beforeAll(async () => {
  adminTab = await env.browser.openPage('#/admin');
  adminTab.page.on('request', (request) => {
    requestedUrls.push(request.url());
    apiCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  adminTab.page.on('console', (message) => consoleLines.push(message.text()));
  admin = new AdminPage(adminTab.page);
  await admin.signIn(E2E_ADMIN_TOKEN);
});

afterEach(() => {
  expect(adminTab.problems.list()).toEqual([]);
});

describe('admin sign-in', () => {
  it('asks for the token once, keeps it for the tab across a reload, and never puts it in a URL, local storage or the console', async () => {
    const { page } = adminTab;
    await page.reload();
    await admin.waitForCircuit('CLOSED');
    expect(await page.getByLabel('Admin token').count()).toBe(0);

    const storage = await page.evaluate(() => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
    }));
    expect(storage.session).toContain(E2E_ADMIN_TOKEN);
    expect(storage.local).not.toContain(E2E_ADMIN_TOKEN);
    expect(page.url()).not.toContain(E2E_ADMIN_TOKEN);
    expect(requestedUrls.length).toBeGreaterThan(0);
    expect(requestedUrls.filter((url) => url.includes(E2E_ADMIN_TOKEN))).toEqual([]);
    expect(consoleLines.filter((line) => line.includes(E2E_ADMIN_TOKEN))).toEqual([]);
  });
});

describe('circuit controls', () => {
  it('force-opens the circuit with a reason only after the confirmation step', async () => {
    const { page } = adminTab;
    await page.getByRole('button', { name: 'Force open…' }).click();
    await expectFocusOn(page.getByRole('button', { name: 'Confirm force open' }));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Force open…' }).waitFor();
    expect(circuitActions()).toEqual([]);
    await admin.waitForCircuit('CLOSED');

    await admin.forceOpenCircuit('planned maintenance');

    await admin.waitForCircuit('FORCED_OPEN');
    expect(circuitActions()).toEqual(['POST /admin/circuit/open']);
    await page.locator('[data-testid="circuit-reason"]:text-is("planned maintenance")').waitFor();
    const dark = await admin.badgeColour();
    expect(Math.max(dark.r, dark.g, dark.b)).toBeLessThan(80);
  });

  it('resets the circuit only after the confirmation step, and Escape cancels it', async () => {
    const { page } = adminTab;
    await admin.waitForCircuit('FORCED_OPEN');
    await page.getByRole('button', { name: 'Reset circuit…' }).click();
    await expectFocusOn(page.getByRole('button', { name: 'Confirm reset' }));
    await page.keyboard.press('Escape');
    await expectFocusOn(page.getByRole('button', { name: 'Reset circuit…' }));
    expect(circuitActions()).toEqual(['POST /admin/circuit/open']);
    await admin.waitForCircuit('FORCED_OPEN');

    await admin.resetCircuit();

    await admin.waitForCircuit('CLOSED');
    expect(circuitActions()).toEqual(['POST /admin/circuit/open', 'POST /admin/circuit/reset']);
    expect(await page.getByTestId('circuit-failures').textContent()).toBe('0');
  });

  it('can be operated with the keyboard alone: Enter on the button, Enter on the confirmation', async () => {
    const { page } = adminTab;
    await page.getByRole('button', { name: 'Force open…' }).focus();
    await page.keyboard.press('Enter');
    await expectFocusOn(page.getByRole('button', { name: 'Confirm force open' }));
    await page.keyboard.press('Enter');
    await admin.waitForCircuit('FORCED_OPEN');

    await page.getByRole('button', { name: 'Reset circuit…' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await admin.waitForCircuit('CLOSED');
  });
});

describe('live panels', () => {
  it('shows a new order in the table, the chart and the notifications feed without a reload', async () => {
    const { page } = adminTab;
    const storeTab = await env.browser.openPage('#/');
    const orderId = await new StorePage(storeTab.page).placeOrder('MUG-RETRY', {
      name: 'Katherine',
      email: 'panels@example.com',
    });

    const row = await admin.waitForOrderRow(orderId, 'COMPLETED');
    expect(await row.getByTestId('order-row-attempts').textContent()).toBe('1');
    expect(await row.textContent()).toContain('12.00');
    await page.locator('[data-testid="orders-chart-total-COMPLETED"]:text-is("1")').waitFor();
    await page.getByTestId('notification-item').filter({ hasText: orderId }).first().waitFor();
    await page.getByLabel('Status filter').selectOption('DECLINED');
    await page.getByTestId('orders-empty').waitFor();
    await page.getByLabel('Status filter').selectOption('COMPLETED');
    await admin.waitForOrderRow(orderId, 'COMPLETED');
    await page.getByLabel('Status filter').selectOption('');
    expect(storeTab.problems.list()).toEqual([]);
  });

  it('applies declined calls from the chaos controls: the store shows DECLINED and the table its reason', async () => {
    await admin.applyChaos({ down: false, declinePercent: 100 });
    const storeTab = await env.browser.openPage('#/');
    const store = new StorePage(storeTab.page);

    const orderId = await store.placeOrder('CAP-BACKOFF', { name: 'Edsger', email: 'decline@example.com' });

    await store.waitForStatus('DECLINED');
    expect(await store.statusMessage()).toContain('card_declined');
    const row = await admin.waitForOrderRow(orderId, 'DECLINED');
    expect(await row.getByTestId('order-row-last-error').textContent()).toContain('card_declined');
    await admin.applyChaos({ down: false });
    expect(storeTab.problems.list()).toEqual([]);
  });
});

/** Waits until `locator` has the keyboard focus. */
async function expectFocusOn(locator: Locator): Promise<void> {
  await locator
    .page()
    .waitForFunction((element) => element === document.activeElement, await locator.elementHandle());
}
