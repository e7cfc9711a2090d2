import { parseArgs } from 'node:util';
import { BenchOptionError, BenchUsageError } from './errors';

/** The benchmark sections, in the order they run (the local stack last: it loads the machine most). */
export const SECTIONS = ['bundles', 'cost', 'synth', 'forwarder', 'throughput'] as const;
export type Section = (typeof SECTIONS)[number];

/** What to run and how long. */
export interface BenchOptions {
  /** @default every section */
  readonly sections: readonly Section[];
  /** Fresh processes per Lambda and form for the init time. @default 15 */
  readonly initRuns: number;
  /** `cdktf synth` runs. @default 3 */
  readonly synthRuns: number;
  /** Timed rounds of the forwarder bench. @default 30 */
  readonly forwarderRounds: number;
  /** Concurrent HTTP clients against the local stack. @default 16 */
  readonly clients: number;
  /** Orders timed against the local stack (after the warm-up). @default 1000 */
  readonly orders: number;
  /** Orders placed first and not timed (JIT, caches). @default 100 */
  readonly warmupOrders: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sections: SECTIONS,
  initRuns: 15,
  synthRuns: 3,
  forwarderRounds: 30,
  clients: 16,
  orders: 1000,
  warmupOrders: 100,
};

export const USAGE = `Usage: pnpm bench [options]
  --only <list>           sections to run, comma-separated: ${SECTIONS.join(',')} (default: all)
  --init-runs <n>         fresh node processes per Lambda and form (default ${DEFAULT_OPTIONS.initRuns})
  --synth-runs <n>        cdktf synth runs (default ${DEFAULT_OPTIONS.synthRuns})
  --forwarder-rounds <n>  timed rounds of the forwarder bench (default ${DEFAULT_OPTIONS.forwarderRounds})
  --clients <n>           concurrent clients against the local stack (default ${DEFAULT_OPTIONS.clients})
  --orders <n>            timed orders against the local stack (default ${DEFAULT_OPTIONS.orders})
  --warmup-orders <n>     untimed orders placed first (default ${DEFAULT_OPTIONS.warmupOrders})
  --help                  this text`;

function wholeNumber(
  option: string,
  raw: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new BenchOptionError(option, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function sectionsOf(raw: string | undefined): Section[] {
  if (raw === undefined) return [...SECTIONS];
  const wanted = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  if (wanted.length === 0) throw new BenchOptionError('only', `needs at least one of ${SECTIONS.join(', ')}`);
  for (const name of wanted) {
    if (!(SECTIONS as readonly string[]).includes(name)) {
      throw new BenchOptionError('only', `has unknown section "${name}"; choose from ${SECTIONS.join(', ')}`);
    }
  }
  // Run order stays fixed whatever order the list is in.
  return SECTIONS.filter((section) => wanted.includes(section));
}

/** Parses the bench's arguments (a leading `--` from pnpm is ignored); `'help'` for --help. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions | 'help' {
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        only: { type: 'string' },
        'init-runs': { type: 'string' },
        'synth-runs': { type: 'string' },
        'forwarder-rounds': { type: 'string' },
        clients: { type: 'string' },
        orders: { type: 'string' },
        'warmup-orders': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new BenchUsageError(`${(error as Error).message.split('. ')[0]} (see --help)`);
  }
  if (values.help) return 'help';
  const text = (name: string) => values[name] as string | undefined;
  const d = DEFAULT_OPTIONS;
  return {
    sections: sectionsOf(text('only')),
    initRuns: wholeNumber('init-runs', text('init-runs'), d.initRuns, 1, 1000),
    synthRuns: wholeNumber('synth-runs', text('synth-runs'), d.synthRuns, 1, 100),
    forwarderRounds: wholeNumber('forwarder-rounds', text('forwarder-rounds'), d.forwarderRounds, 1, 10_000),
    clients: wholeNumber('clients', text('clients'), d.clients, 1, 1000),
    orders: wholeNumber('orders', text('orders'), d.orders, 1, 1_000_000),
    warmupOrders: wholeNumber('warmup-orders', text('warmup-orders'), d.warmupOrders, 0, 1_000_000),
  };
}
