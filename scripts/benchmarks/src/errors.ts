/**
 * Errors of the benchmarks. One base class; each subclass sets `name`.
 *
 * - {@link BenchOptionError}: a bad command-line option (names the flag).
 * - {@link BenchUsageError}: arguments the parser rejects (an unknown flag, a missing value).
 * - {@link BenchSetupError}: something the benchmark needs is missing (a bundle, a package).
 * - {@link ChildProcessError}: a measured child process failed (carries its exit code and output).
 */
export abstract class BenchError extends Error {
  abstract override readonly name: string;
}

/** A command-line option is missing a value, malformed or out of range. */
export class BenchOptionError extends BenchError {
  override readonly name = 'BenchOptionError';
  constructor(
    readonly option: string,
    problem: string,
  ) {
    super(`--${option} ${problem}`);
  }
}

/** Arguments the parser rejects, with its message. */
export class BenchUsageError extends BenchError {
  override readonly name = 'BenchUsageError';
}

/** A benchmark cannot start: what is missing and what to run. */
export class BenchSetupError extends BenchError {
  override readonly name = 'BenchSetupError';
}

/** A child process the benchmark runs exited with an error. */
export class ChildProcessError extends BenchError {
  override readonly name = 'ChildProcessError';
  constructor(
    readonly command: string,
    readonly exitCode: number | null,
    readonly output: string,
  ) {
    super(
      `${command} exited with ${exitCode ?? 'a signal'}:\n${output.trim().split('\n').slice(-20).join('\n')}`,
    );
  }
}
