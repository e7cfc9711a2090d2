import type { CircuitState, OrderStatus } from '@unstoppable/core';
import type { Locator, Page } from 'playwright-core';
import { PageCheckError } from './errors';
import { STATUS_TIMEOUT_MS } from './store-page';

/** The chaos form's four controls, as an operator fills them (percentages and milliseconds). */
export interface ChaosControls {
  readonly down: boolean;
  /** @default 0 */
  readonly failurePercent?: number;
  /** @default 0 */
  readonly latencyMs?: number;
  /** @default 0 */
  readonly declinePercent?: number;
}

/** A colour as red, green and blue channels (0-255). */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** The admin dashboard (`#/admin`), driven through its visible labels and test ids. */
export class AdminPage {
  constructor(readonly page: Page) {}

  /** Enters the admin token in the sign-in form (once) and waits for the dashboard's circuit badge. */
  async signIn(token: string): Promise<void> {
    await this.page.getByLabel('Admin token').fill(token);
    await this.page.getByRole('button', { name: 'Save token' }).click();
    await this.page.locator('[data-testid="circuit-badge"]:not([data-state="UNKNOWN"])').waitFor();
  }

  /** The circuit badge once it shows `state` (auto-waits up to the timeout). */
  async waitForCircuit(state: CircuitState, timeout = STATUS_TIMEOUT_MS): Promise<Locator> {
    const badge = this.page.locator(`[data-testid="circuit-badge"][data-state="${state}"]`);
    await badge.waitFor({ state: 'visible', timeout });
    return badge;
  }

  /** The badge's computed background colour, as 0-255 channels. */
  async badgeColour(): Promise<Rgb> {
    const colour = await this.page
      .getByTestId('circuit-badge')
      .evaluate((badge) => getComputedStyle(badge).backgroundColor);
    const [r = Number.NaN, g = Number.NaN, b = Number.NaN] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return { r, g, b };
  }

  /** Fills the chaos form through its labelled controls and applies it; waits for the API's answer. */
  async applyChaos(controls: ChaosControls): Promise<void> {
    const { page } = this;
    await page.getByLabel('Gateway down (every call fails)').setChecked(controls.down);
    await page.getByLabel('Flaky calls (%)').fill(String(controls.failurePercent ?? 0));
    await page.getByLabel('Slow calls: added latency (ms)').fill(String(controls.latencyMs ?? 0));
    await page.getByLabel('Declined calls (%)').fill(String(controls.declinePercent ?? 0));
    const [response] = await Promise.all([
      page.waitForResponse(
        (r) => r.request().method() === 'PUT' && new URL(r.url()).pathname === '/admin/chaos',
      ),
      page.getByRole('button', { name: 'Apply chaos' }).click(),
    ]);
    if (response.status() !== 200) {
      throw new PageCheckError(`PUT /admin/chaos answered ${response.status()}: ${await response.text()}`);
    }
    await page.getByRole('button', { name: 'Apply chaos' }).waitFor({ state: 'visible' });
  }

  /** The orders-table row of `orderId` once it shows `status` (auto-waits up to the timeout). */
  async waitForOrderRow(orderId: string, status: OrderStatus, timeout = STATUS_TIMEOUT_MS): Promise<Locator> {
    const row = this.page.locator(
      `[data-testid="order-row"][data-order-id="${orderId}"][data-status="${status}"]`,
    );
    await row.waitFor({ state: 'visible', timeout });
    return row;
  }

  /** Reset: the button, then its confirmation step's "Confirm reset". */
  async resetCircuit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Reset circuit…' }).click();
    await this.page.getByRole('button', { name: 'Confirm reset' }).click();
  }

  /** Force open: the button, the optional reason, then "Confirm force open". */
  async forceOpenCircuit(reason?: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Force open…' }).click();
    if (reason !== undefined) await this.page.getByLabel('Reason (optional)').fill(reason);
    await this.page.getByRole('button', { name: 'Confirm force open' }).click();
  }
}
