import type { OrderStatus } from '@unstoppable/core';
import type { Locator, Page } from 'playwright-core';

/** How long a status may take to appear: a few fast-mode retry rounds on the local stack. */
export const STATUS_TIMEOUT_MS = 45_000;

/** The shopper's details a test checks out with. */
export interface Shopper {
  readonly name: string;
  readonly email: string;
}

/** The store page (`#/`), driven through its roles, labels and test ids like a shopper would. */
export class StorePage {
  constructor(readonly page: Page) {}

  /** Clicks "Add to cart" of the product with this SKU. */
  async addToCart(sku: string): Promise<void> {
    await this.page.getByTestId(`add-to-cart-${sku}`).click();
  }

  /** Types the shopper's name and email (the test payment token stays prefilled). */
  async fillCheckout(shopper: Shopper): Promise<void> {
    await this.page.getByLabel('Name', { exact: true }).fill(shopper.name);
    await this.page.getByLabel('Email', { exact: true }).fill(shopper.email);
  }

  /** The pay button ("Pay €12.00"). */
  payButton(): Locator {
    return this.page.getByTestId('checkout-submit');
  }

  /** The order status pill once it shows `status` (auto-waits up to the timeout). */
  async waitForStatus(status: OrderStatus, timeout = STATUS_TIMEOUT_MS): Promise<Locator> {
    const pill = this.page.locator(`[data-testid="order-status"][data-status="${status}"]`);
    await pill.waitFor({ state: 'visible', timeout });
    return pill;
  }

  /** The id of the order the page follows (waits for it to be shown). */
  async orderId(): Promise<string> {
    const id = this.page.getByTestId('order-id');
    await id.waitFor({ state: 'visible' });
    return (await id.textContent())?.trim() ?? '';
  }

  /** The plain-language message under the status. */
  async statusMessage(): Promise<string> {
    return (await this.page.getByTestId('order-status-message').textContent()) ?? '';
  }

  /** "Continue shopping" / "Back to the cart" / "Place another order". */
  async startOver(): Promise<void> {
    await this.page.getByTestId('order-start-over').click();
    await this.page.getByTestId('checkout-form').waitFor({ state: 'visible' });
  }

  /** Adds one product, checks out and waits until the order's status is shown; returns its id. */
  async placeOrder(sku: string, shopper: Shopper): Promise<string> {
    await this.addToCart(sku);
    await this.fillCheckout(shopper);
    await this.payButton().click();
    return this.orderId();
  }
}
