import { spawn } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ChildProcessError } from './errors';

/** What a finished child process printed, and how long it ran (spawn to exit). */
export interface CommandResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly elapsedMs: number;
}

export interface CommandOptions {
  readonly cwd: string;
  /** The child's whole environment. @default {@link childEnv}() */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * The parent's environment with this Node's folder first on PATH, so children (and the shims
 * they start) run on the same pinned Node as the benchmark.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
    ...extra,
  };
}

/** Runs a command to completion; rejects with {@link ChildProcessError} on a non-zero exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsedMs = performance.now() - started;
      const out = Buffer.concat(stdout).toString('utf8');
      const err = Buffer.concat(stderr).toString('utf8');
      if (code === 0) resolve({ stdout: out, stderr: err, elapsedMs });
      else reject(new ChildProcessError([command, ...args].join(' '), code, `${out}\n${err}`));
    });
  });
}
