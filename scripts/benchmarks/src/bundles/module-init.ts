import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCommand } from '../child-process';
import { BenchError } from '../errors';

/** A child's output without the init-time line. */
export class InitOutputError extends BenchError {
  override readonly name = 'InitOutputError';
}

/** One fresh-process measurement, in ms. */
export interface InitSample {
  /** From the first import to the handler module being evaluated. */
  readonly totalMs: number;
  /** The part spent importing the preloaded packages (the AWS SDK clients) first. */
  readonly preloadMs: number;
}

const MARKER = 'bench-init=';

// Runs in a fresh `node`: imports the preload packages, then the handler module (load, link,
// evaluate: what a Lambda cold start spends before the first invocation), prints both times and
// exits at once. Bare specifiers resolve from the working directory, i.e. the module's folder.
const INIT_SCRIPT = [
  'const [moduleUrl, preloadJson] = process.argv.slice(1);',
  'const started = performance.now();',
  'for (const specifier of JSON.parse(preloadJson)) await import(specifier);',
  'const preloaded = performance.now();',
  'await import(moduleUrl);',
  'const done = performance.now();',
  `process.stdout.write('\\n${MARKER}' + JSON.stringify({ totalMs: done - started, preloadMs: preloaded - started }) + '\\n');`,
  'process.exit(0);',
].join('\n');

/** The sample the child printed (its last marker line). */
export function parseInitOutput(stdout: string): InitSample {
  const line = stdout
    .split('\n')
    .reverse()
    .find((candidate) => candidate.startsWith(MARKER));
  let sample: Partial<InitSample> = {};
  try {
    sample = line === undefined ? {} : (JSON.parse(line.slice(MARKER.length)) as Partial<InitSample>);
  } catch {
    // reported below
  }
  const { totalMs, preloadMs } = sample;
  if (typeof totalMs !== 'number' || typeof preloadMs !== 'number' || totalMs < preloadMs || preloadMs < 0) {
    throw new InitOutputError(`no valid "${MARKER}{...}" line in the child's output: ${stdout.slice(-500)}`);
  }
  return { totalMs, preloadMs };
}

/**
 * Imports `moduleFile` in a fresh Node process (this Node, no flags) with exactly `env` plus PATH
 * and HOME, so no NODE_OPTIONS or compile cache leaks in; `preload` packages are imported first
 * and timed apart.
 */
export async function measureModuleInit(
  moduleFile: string,
  env: Readonly<Record<string, string>>,
  preload: readonly string[],
): Promise<InitSample> {
  const { stdout } = await runCommand(
    process.execPath,
    ['--input-type=module', '-e', INIT_SCRIPT, pathToFileURL(moduleFile).href, JSON.stringify(preload)],
    {
      cwd: dirname(moduleFile),
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    },
  );
  return parseInitOutput(stdout);
}

/** A module to time and the packages to import (and time apart) before it. */
export interface InitTarget {
  readonly file: string;
  readonly preload: readonly string[];
}

/**
 * Measures several modules `runs` times each, interleaved (a, b, a, b, ...) so drift in machine
 * load spreads evenly, after one discarded warm-up run each (which fills the OS file cache).
 */
export async function measureInitSamples(
  targets: readonly InitTarget[],
  env: Readonly<Record<string, string>>,
  runs: number,
): Promise<InitSample[][]> {
  const samples = targets.map((): InitSample[] => []);
  for (const target of targets) await measureModuleInit(target.file, env, target.preload);
  for (let run = 0; run < runs; run++) {
    for (const [index, target] of targets.entries()) {
      samples[index]?.push(await measureModuleInit(target.file, env, target.preload));
    }
  }
  return samples;
}
