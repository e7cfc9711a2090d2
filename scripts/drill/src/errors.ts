/**
 * Errors of the drill. One base class; each subclass sets `name`.
 *
 * - {@link DrillUsageError}: a bad command-line flag or option (names it).
 * - {@link DrillRunError}: a scenario could not be run (the stack failed, orders could not be placed).
 */
export abstract class DrillError extends Error {
  abstract override readonly name: string;
}

/** A bad flag or option; `field` names it (e.g. `--outage`). */
export class DrillUsageError extends DrillError {
  override readonly name = 'DrillUsageError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** A scenario could not be run to the end; `scenario` names it. */
export class DrillRunError extends DrillError {
  override readonly name = 'DrillRunError';
  constructor(
    readonly scenario: string,
    message: string,
    options?: { readonly cause?: unknown },
  ) {
    super(`${scenario}: ${message}`, options);
  }
}
