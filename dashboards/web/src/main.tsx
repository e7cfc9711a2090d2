import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AdminTokenStore } from './admin/admin-token-store';
import { ApiClient } from './api/api-client';
import { CheckoutKeeper } from './checkout/checkout-keeper';
import { loadRuntimeConfig } from './config/runtime-config';
import { App } from './ui/App';
import { tabStorage } from './ui/tab-storage';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

try {
  const config = await loadRuntimeConfig({ pageUrl: window.location.href });
  const storage = tabStorage();
  const tokens = new AdminTokenStore(storage);
  const api = new ApiClient({ baseUrl: config.apiBaseUrl, adminToken: () => tokens.get() });
  root.render(
    <StrictMode>
      <App api={api} keeper={new CheckoutKeeper(storage)} tokens={tokens} />
    </StrictMode>,
  );
} catch (error) {
  root.render(
    <main id="main" className="config-failure">
      <h1>The app could not start</h1>
      <p role="alert" data-testid="config-error">
        {error instanceof Error ? error.message : String(error)}
      </p>
    </main>,
  );
}
