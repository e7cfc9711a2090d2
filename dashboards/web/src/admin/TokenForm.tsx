import { type FormEvent, useState } from 'react';

export interface TokenFormProps {
  readonly onSave: (token: string) => void;
}

/** Asks once for the admin token (a password box with a visible label); kept for this tab only. */
export function TokenForm({ onSave }: TokenFormProps) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (token.trim() === '') {
      setError('Enter the admin token');
      return;
    }
    onSave(token);
    setToken('');
  };
  return (
    <section className="panel narrow" aria-labelledby="token-heading">
      <h2 id="token-heading">Admin sign-in</h2>
      <form onSubmit={submit} noValidate data-testid="admin-token-form">
        <div className="field">
          <label htmlFor="admin-token">Admin token</label>
          <input
            id="admin-token"
            type="password"
            autoComplete="off"
            value={token}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'admin-token-hint admin-token-error' : 'admin-token-hint'}
            onChange={(event) => {
              setToken(event.currentTarget.value);
              setError(undefined);
            }}
            data-testid="admin-token-input"
          />
          <p className="field-hint" id="admin-token-hint">
            Kept in this browser tab only (sessionStorage), sent as a bearer token to the admin API.
          </p>
          {error ? (
            <p className="field-error" id="admin-token-error">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button primary" data-testid="admin-token-save">
          Save token
        </button>
      </form>
    </section>
  );
}
