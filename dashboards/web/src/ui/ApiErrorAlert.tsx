import { ApiError } from '../errors';

export interface ApiErrorAlertProps {
  /** Errors to show; undefined entries are skipped, repeats shown once. */
  readonly errors: readonly unknown[];
  readonly testId?: string;
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One error: the problem's title and status, its detail, and each field at fault. */
function ErrorEntry({ error }: { readonly error: unknown }) {
  if (!(error instanceof ApiError)) return <p className="alert-title">{describe(error)}</p>;
  const { problem } = error;
  return (
    <>
      <p className="alert-title">
        <strong>{problem.title}</strong> <span className="alert-status">(HTTP {error.status})</span>
      </p>
      {problem.detail ? <p className="alert-detail">{problem.detail}</p> : null}
      {error.fieldErrors.length > 0 ? (
        <ul className="alert-fields">
          {error.fieldErrors.map((field) => (
            <li key={`${field.field}:${field.rule}:${field.message}`}>
              <code>{field.field}</code>: {field.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * The page's alert region (role="alert"): always in the document so screen readers announce what
 * appears in it, and empty (hidden by CSS) when there is nothing to report.
 */
export function ApiErrorAlert({ errors, testId = 'api-error' }: ApiErrorAlertProps) {
  const shown = new Map<string, unknown>();
  for (const error of errors) {
    if (error !== undefined && error !== null && !shown.has(describe(error)))
      shown.set(describe(error), error);
  }
  return (
    <div role="alert" className="alert" data-testid={testId}>
      {[...shown].map(([message, error]) => (
        <div className="alert-entry" key={message}>
          <ErrorEntry error={error} />
        </div>
      ))}
    </div>
  );
}
