import { useCallback, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { AdminDashboard } from './AdminDashboard';
import type { AdminTokenStore } from './admin-token-store';
import { TokenForm } from './TokenForm';

export interface AdminPageProps {
  readonly api: ApiClient;
  readonly tokens: AdminTokenStore;
}

/** The admin page: the token form until a token is stored (or after the API refused it), then the dashboard. */
export function AdminPage({ api, tokens }: AdminPageProps) {
  const [hasToken, setHasToken] = useState(() => tokens.get() !== undefined);
  const [refusal, setRefusal] = useState<unknown>();
  const forget = useCallback(
    (error?: unknown) => {
      tokens.clear();
      setHasToken(false);
      setRefusal(error);
    },
    [tokens],
  );
  if (!hasToken) {
    return (
      <>
        <ApiErrorAlert errors={[refusal]} />
        <TokenForm
          onSave={(token) => {
            tokens.set(token);
            setRefusal(undefined);
            setHasToken(true);
          }}
        />
      </>
    );
  }
  return (
    <>
      <div className="token-bar">
        <p className="muted small" data-testid="admin-token-status">
          Admin token saved for this tab.
        </p>
        <button
          type="button"
          className="button small"
          onClick={() => forget()}
          data-testid="admin-token-forget"
        >
          Forget token
        </button>
      </div>
      <AdminDashboard api={api} onUnauthorized={forget} />
    </>
  );
}
