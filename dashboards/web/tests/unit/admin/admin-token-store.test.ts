import { AdminTokenStore } from '../../../src/admin/admin-token-store';
import { MemoryStorage } from '../../support/memory-storage';

describe('AdminTokenStore', () => {
  it('keeps the trimmed token in tab storage until cleared', () => {
    const storage = new MemoryStorage();
    const store = new AdminTokenStore(storage);
    expect(store.get()).toBeUndefined();
    store.set('  local-admin-token-0123  ');
    expect(new AdminTokenStore(storage).get()).toBe('local-admin-token-0123');
    store.clear();
    expect(store.get()).toBeUndefined();
    expect(storage.values.size).toBe(0);
  });

  it('refuses an empty token', () => {
    expect(() => new AdminTokenStore(new MemoryStorage()).set('   ')).toThrow(
      'the admin token must not be empty',
    );
  });
});
