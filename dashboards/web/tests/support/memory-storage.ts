import type { KeyValueStorage } from '../../src/checkout/checkout-keeper';

/** A Web Storage stand-in that keeps values in a Map (one instance = one browser tab). */
export class MemoryStorage implements KeyValueStorage {
  readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}
