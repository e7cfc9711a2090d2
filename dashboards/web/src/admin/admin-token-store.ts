import type { KeyValueStorage } from '../checkout/checkout-keeper';

/**
 * Keeps the admin bearer token for this browser tab only (sessionStorage): never in a URL, never
 * logged, gone when the tab closes.
 */
export class AdminTokenStore {
  constructor(
    private readonly storage: KeyValueStorage,
    /** @default 'unstoppable.adminToken' */
    private readonly storageKey = 'unstoppable.adminToken',
  ) {}

  get(): string | undefined {
    const token = this.storage.getItem(this.storageKey);
    return token ? token : undefined;
  }

  /** Stores a token (surrounding spaces removed); throws a RangeError for an empty one. */
  set(token: string): void {
    const trimmed = token.trim();
    if (trimmed === '') throw new RangeError('the admin token must not be empty');
    this.storage.setItem(this.storageKey, trimmed);
  }

  clear(): void {
    this.storage.removeItem(this.storageKey);
  }
}
