import { parseArgs } from 'node:util';
import {
  DEFAULT_DRILL_OPTIONS,
  type DrillOptions,
  FAULT_IDS,
  type FaultId,
  MODE_IDS,
  type ModeId,
} from '../drill-options';
import { DrillUsageError } from '../errors';
import { formatDuration, parseDuration } from './duration';

/** What the command line asks for: a run, or the help text. */
export type DrillCommand = { readonly help: true } | { readonly help: false; readonly options: DrillOptions };

const FLAGS = {
  outage: { type: 'string' },
  rate: { type: 'string' },
  warmup: { type: 'string' },
  tail: { type: 'string' },
  'fault-time': { type: 'string' },
  'operator-reaction': { type: 'string' },
  'drain-timeout': { type: 'string' },
  parallel: { type: 'string' },
  modes: { type: 'string' },
  faults: { type: 'string' },
  results: { type: 'string' },
  seed: { type: 'string' },
  sample: { type: 'string' },
  raw: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

function number(field: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new DrillUsageError(field, `must be a number from ${min} to ${max}, got "${text}"`);
  }
  return value;
}

function wholeNumber(field: string, text: string | undefined, fallback: number, min: number, max: number) {
  const value = number(field, text, fallback, min, max);
  if (!Number.isInteger(value)) throw new DrillUsageError(field, `must be a whole number, got "${text}"`);
  return value;
}

function duration(field: string, text: string | undefined, fallback: number, minMs: number, maxMs: number) {
  return text === undefined ? fallback : parseDuration(field, text, minMs, maxMs);
}

/** A comma-separated subset of `known`; `all` for every one, `none` for none. */
function selection<T extends string>(
  field: string,
  text: string | undefined,
  known: readonly T[],
): readonly T[] {
  if (text === undefined || text === 'all') return known;
  if (text === 'none') return [];
  const picked = text.split(',').map((part) => part.trim());
  const unknown = picked.filter((part) => !known.includes(part as T));
  if (unknown.length > 0 || picked.length === 0) {
    throw new DrillUsageError(
      field,
      `unknown ${unknown.map((part) => `"${part}"`).join(', ') || 'empty value'}; use all, none or a comma-separated list of ${known.join(', ')}`,
    );
  }
  return known.filter((id) => picked.includes(id));
}

/**
 * Parses the drill's command line (everything after the script name).
 * @throws DrillUsageError naming the flag at fault (unknown flags and stray arguments too).
 */
export function parseDrillArgs(argv: readonly string[], defaultResultsDir: string): DrillCommand {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const flag = /'(-{1,2}[\w-]+)/.exec(message)?.[1] ?? '(arguments)';
    throw new DrillUsageError(flag, message);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) {
    throw new DrillUsageError(
      '(arguments)',
      `unexpected "${positionals.join(' ')}"; every setting is a --flag`,
    );
  }
  if (values.help) return { help: true };
  const d = DEFAULT_DRILL_OPTIONS;
  const options: DrillOptions = {
    outageMs: duration('--outage', values.outage, d.outageMs, 1000, 600_000),
    rate: number('--rate', values.rate, d.rate, 0.5, 200),
    warmupMs: duration('--warmup', values.warmup, d.warmupMs, 0, 600_000),
    tailMs: duration('--tail', values.tail, d.tailMs, 0, 600_000),
    faultMs: duration('--fault-time', values['fault-time'], d.faultMs, 1000, 600_000),
    operatorReactionMs: duration(
      '--operator-reaction',
      values['operator-reaction'],
      d.operatorReactionMs,
      0,
      600_000,
    ),
    drainTimeoutMs: duration('--drain-timeout', values['drain-timeout'], d.drainTimeoutMs, 1000, 3_600_000),
    parallel: wholeNumber('--parallel', values.parallel, d.parallel, 1, 9),
    modes: selection<ModeId>('--modes', values.modes, MODE_IDS),
    faults: selection<FaultId>('--faults', values.faults, FAULT_IDS),
    resultsDir: values.results ?? defaultResultsDir,
    seed: wholeNumber('--seed', values.seed, d.seed, 0, 2 ** 31 - 1),
    sampleMs: duration('--sample', values.sample, d.sampleMs, 100, 10_000),
    keepRaw: values.raw ?? d.keepRaw,
  };
  if (options.modes.length === 0 && options.faults.length === 0) {
    throw new DrillUsageError('--modes', 'with --faults none, at least one mode must run');
  }
  return { help: false, options };
}

/** The `--help` text: every flag with its default. */
export function drillUsage(): string {
  const d = DEFAULT_DRILL_OPTIONS;
  return [
    'Usage: npm run drill -- [flags]',
    '',
    'Runs the local stack through a gateway outage in three breaker modes and through six faults,',
    'then checks 0 lost orders, 0 double charges and the design targets. Exits 1 if any is missed.',
    '',
    `  --outage <duration>            gateway down time in the mode runs (default ${formatDuration(d.outageMs)})`,
    `  --rate <orders/s>              steady order rate of every scenario (default ${d.rate})`,
    `  --warmup <duration>            steady orders before the outage or fault (default ${formatDuration(d.warmupMs)})`,
    `  --tail <duration>              orders keep coming this long after the heal (default ${formatDuration(d.tailMs)})`,
    `  --fault-time <duration>        how long each fault scenario's fault lasts (default ${formatDuration(d.faultMs)})`,
    `  --operator-reaction <duration> admin-reset mode: reset this long after the heal (default ${formatDuration(d.operatorReactionMs)})`,
    `  --drain-timeout <duration>     longest wait for every order to be final (default ${formatDuration(d.drainTimeoutMs)})`,
    `  --parallel <n>                 scenarios at once, each in its own stack (default ${d.parallel})`,
    `  --modes <list|all|none>        ${MODE_IDS.join(', ')} (default all)`,
    `  --faults <list|all|none>       ${FAULT_IDS.join(', ')} (default all)`,
    '  --results <dir>                results folder (default scripts/drill/results)',
    `  --seed <n>                     seed of the order mix and the gateway's randomness (default ${d.seed})`,
    `  --sample <duration>            timeline sample interval (default ${formatDuration(d.sampleMs)})`,
    "  --raw                          also write each scenario's raw observations to raw/<id>.json",
    '  -h, --help                     this text',
  ].join('\n');
}
