import type { FieldError, ProblemDetails } from '@unstoppable/core';

/** Base of every error this app raises; subclasses set `name` and carry what the UI shows. */
export abstract class WebAppError extends Error {
  abstract override readonly name: string;
}

/** The order API answered with an error status; `problem` is its RFC 9457 body (or one made up from the status). */
export class ApiError extends WebAppError {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }

  /** The fields at fault, as the API names them (`customer.email`, `items[0].quantity`, ...). */
  get fieldErrors(): readonly FieldError[] {
    return this.problem.errors ?? [];
  }

  /** True when repeating the same request may succeed (server error, throttling, timeout). */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 408 || this.status === 429;
  }
}

/** The order API could not be reached or did not answer in time; the request may or may not have arrived. */
export class NetworkError extends WebAppError {
  override readonly name = 'NetworkError';

  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`The order API could not be reached (${path}): ${reason}`);
  }
}

/** An admin route was called before an admin token was entered. */
export class AdminTokenMissingError extends WebAppError {
  override readonly name = 'AdminTokenMissingError';

  constructor(readonly path: string) {
    super(`Enter the admin token before calling ${path}`);
  }
}

/** `config.json` exists but is unusable; `field` names what is wrong in it. */
export class RuntimeConfigError extends WebAppError {
  override readonly name = 'RuntimeConfigError';

  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`config.json: ${field} ${reason}`);
  }
}

/** Input the app refuses before calling the API; each entry names a field and what to fix. */
export class InputError extends WebAppError {
  override readonly name = 'InputError';

  constructor(readonly errors: readonly FieldError[]) {
    super(`${errors.length} field(s) need attention: ${errors.map((error) => error.field).join(', ')}`);
  }
}
