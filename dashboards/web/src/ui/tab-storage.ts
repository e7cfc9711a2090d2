import type { KeyValueStorage } from '../checkout/checkout-keeper';

/** In-memory stand-in when the browser refuses sessionStorage (some privacy modes). */
class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, string>();
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

/** The tab's sessionStorage, or memory when it is unavailable. */
export function tabStorage(): KeyValueStorage {
  try {
    const probe = '__unstoppable_probe__';
    window.sessionStorage.setItem(probe, probe);
    window.sessionStorage.removeItem(probe);
    return window.sessionStorage;
  } catch {
    return new MemoryStorage();
  }
}
