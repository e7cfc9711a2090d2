/** Base of every error the CLI reports; the message is what the operator reads. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
}

/** A flag or argument the operator got wrong; names it. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(
    readonly flag: string,
    message: string,
  ) {
    super(`${flag}: ${message}`);
  }
}

/** The API answered with a problem (RFC 9457) or an unexpected status. */
export class ApiError extends CliError {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly problem: { title?: string; detail?: string; errors?: { field: string; message: string }[] },
    readonly route: string,
  ) {
    const fields = problem.errors?.map((error) => `${error.field} ${error.message}`).join('; ');
    super(
      `${route} -> ${status} ${problem.title ?? ''}${problem.detail ? `: ${problem.detail}` : ''}${fields ? ` (${fields})` : ''}`,
    );
  }
}
