import {
  AdminPage,
  describeFocused,
  E2E_ADMIN_TOKEN,
  type FocusedControl,
  loadWebE2eConfig,
  StorePage,
  tabThroughPage,
  tabTo,
  unlabelledControls,
  useBrowserTestEnvironment,
} from '../../src';

const config = loadWebE2eConfig();
const env = useBrowserTestEnvironment(config);

const names = (reached: readonly FocusedControl[]) =>
  reached.map((control) => `${control.role}: ${control.name}`);

describe('keyboard access to the store', () => {
  it('reaches every control with Tab, each with a visible label in its accessible name and a focus ring', async () => {
    const { page, problems } = await env.browser.openPage('#/');
    await new StorePage(page).addToCart('MUG-RETRY');
    await page.getByTestId('checkout-form').waitFor();

    const reached = await tabThroughPage(page);

    expect(names(reached)).toEqual(
      expect.arrayContaining([
        'link: Skip to content',
        'link: Store',
        'link: Admin',
        'button: Add to cart: Circuit Breaker T-shirt',
        'button: Add to cart: Retry Queue Mug',
        'button: Add to cart: Exponential Backoff Cap',
        'spinbutton: Quantity of Retry Queue Mug',
        'button: Remove Retry Queue Mug from cart',
        'textbox: Name',
        'textbox: Email',
        'textbox: Test payment token',
        'button: Pay 12.00 EUR',
      ]),
    );
    expect(unlabelledControls(reached)).toEqual([]);
    expect(problems.list()).toEqual([]);
  });

  it('checks out with the keyboard alone', async () => {
    const { page, problems } = await env.browser.openPage('#/');
    const store = new StorePage(page);
    await tabTo(page, 'button', 'Add to cart: Half-Open Hoodie');
    await page.keyboard.press('Enter');
    await page.getByTestId('cart-line-HOODIE-OPEN').waitFor();
    await tabTo(page, 'textbox', 'Name');
    await page.keyboard.type('Keyboard Shopper');
    await page.keyboard.press('Tab');
    await page.keyboard.type('keys@example.com');
    await page.keyboard.press('Enter');

    await store.waitForStatus('COMPLETED');
    expect(problems.list()).toEqual([]);
  });
});

describe('keyboard access to the admin page', () => {
  it('signs in with the keyboard and reaches every control with Tab, each visibly labelled', async () => {
    const { page, problems } = await env.browser.openPage('#/admin');
    await tabTo(page, 'textbox', 'Admin token');
    await page.keyboard.type(E2E_ADMIN_TOKEN);
    await page.keyboard.press('Enter');
    await new AdminPage(page).waitForCircuit('CLOSED');
    await page.getByTestId('chaos-status').filter({ hasText: 'No chaos set' }).waitFor();

    const reached = await tabThroughPage(page);

    expect(names(reached)).toEqual(
      expect.arrayContaining([
        'link: Store',
        'link: Admin',
        'button: Forget token',
        'button: Reset circuit…',
        'button: Force open…',
        'checkbox: Gateway down (every call fails)',
        'spinbutton: Flaky calls (%)',
        'spinbutton: Slow calls: added latency (ms)',
        'spinbutton: Declined calls (%)',
        'button: Apply chaos',
        'combobox: Status filter',
        'region: Orders table, scrolls sideways',
      ]),
    );
    expect(unlabelledControls(reached)).toEqual([]);
    expect(problems.list()).toEqual([]);
  });

  it('moves focus into the confirmation step and back, with the reason field labelled', async () => {
    const { page, problems } = await env.browser.openPage('#/admin');
    await new AdminPage(page).signIn(E2E_ADMIN_TOKEN);
    const cdp = await page.context().newCDPSession(page);
    await tabTo(page, 'button', 'Force open…');
    await page.keyboard.press('Enter');

    expect(await describeFocused(page, cdp)).toMatchObject({ role: 'button', name: 'Confirm force open' });
    await page.keyboard.press('Shift+Tab');
    const reason = await describeFocused(page, cdp);
    expect(reason).toMatchObject({
      role: 'textbox',
      name: 'Reason (optional)',
      visibleLabel: 'Reason (optional)',
    });
    await page.keyboard.press('Escape');
    expect(await describeFocused(page, cdp)).toMatchObject({ role: 'button', name: 'Force open…' });
    await new AdminPage(page).waitForCircuit('CLOSED');
    await cdp.detach();
    expect(problems.list()).toEqual([]);
  });
});
