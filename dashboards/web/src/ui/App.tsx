import { AdminPage } from '../admin/AdminPage';
import type { AdminTokenStore } from '../admin/admin-token-store';
import type { ApiClient } from '../api/api-client';
import type { CheckoutKeeper } from '../checkout/checkout-keeper';
import { StorePage } from '../store/StorePage';
import { useHashPage } from './use-hash-route';

export interface AppProps {
  readonly api: ApiClient;
  readonly keeper: CheckoutKeeper;
  readonly tokens: AdminTokenStore;
}

/** The shell: header with the two pages (`#/` store, `#/admin` dashboard) and the current page. */
export function App({ api, keeper, tokens }: AppProps) {
  const page = useHashPage();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <p className="brand">Unstoppable Payments</p>
        <nav aria-label="Pages">
          <a href="#/" aria-current={page === 'store' ? 'page' : undefined} data-testid="nav-store">
            Store
          </a>
          <a href="#/admin" aria-current={page === 'admin' ? 'page' : undefined} data-testid="nav-admin">
            Admin
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1 className="page-title">{page === 'admin' ? 'Admin dashboard' : 'Store'}</h1>
        {page === 'admin' ? <AdminPage api={api} tokens={tokens} /> : <StorePage api={api} keeper={keeper} />}
      </main>
    </>
  );
}
