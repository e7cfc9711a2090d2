import {
  DEFAULT_DRILL_OPTIONS,
  DrillUsageError,
  drillUsage,
  FAULT_IDS,
  MODE_IDS,
  parseDrillArgs,
} from '../../src';

const parse = (...argv: string[]) => parseDrillArgs(argv, '/tmp/results');
const options = (...argv: string[]) => {
  const command = parse(...argv);
  if (command.help) throw new Error('expected options');
  return command.options;
};
const fieldOf = (argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof DrillUsageError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
};

describe('parseDrillArgs', () => {
  it('gives the documented defaults with no flags', () => {
    expect(options()).toEqual({ ...DEFAULT_DRILL_OPTIONS, resultsDir: '/tmp/results' });
    expect(options().modes).toEqual(MODE_IDS);
    expect(options().faults).toEqual(FAULT_IDS);
  });

  it('reads every flag', () => {
    expect(
      options(
        '--outage',
        '30s',
        '--rate',
        '12.5',
        '--warmup',
        '2s',
        '--tail',
        '500ms',
        '--fault-time',
        '8s',
        '--operator-reaction',
        '1s',
        '--drain-timeout',
        '2m',
        '--parallel',
        '2',
        '--modes',
        'full-design,no-breaker',
        '--faults',
        'crash',
        '--results',
        'out',
        '--seed',
        '42',
        '--sample',
        '250ms',
        '--raw',
      ),
    ).toEqual({
      outageMs: 30_000,
      rate: 12.5,
      warmupMs: 2_000,
      tailMs: 500,
      faultMs: 8_000,
      operatorReactionMs: 1_000,
      drainTimeoutMs: 120_000,
      parallel: 2,
      modes: ['no-breaker', 'full-design'],
      faults: ['crash'],
      resultsDir: 'out',
      seed: 42,
      sampleMs: 250,
      keepRaw: true,
    });
  });

  it('accepts all and none for the selections', () => {
    expect(options('--faults', 'none').faults).toEqual([]);
    expect(options('--modes', 'all').modes).toEqual(MODE_IDS);
    expect(options('--modes', 'none').modes).toEqual([]);
  });

  it('returns help for -h and --help', () => {
    expect(parse('--help')).toEqual({ help: true });
    expect(parse('-h')).toEqual({ help: true });
    expect(drillUsage()).toContain('--outage <duration>');
  });

  it.each([
    [['--outage', 'soon'], '--outage', /must be a duration/],
    [['--outage', '0s'], '--outage', /between 1s and 10m/],
    [['--rate', 'fast'], '--rate', /must be a number from 0.5 to 200/],
    [['--rate', '500'], '--rate', /got "500"/],
    [['--parallel', '1.5'], '--parallel', /whole number/],
    [['--parallel', '0'], '--parallel', /from 1 to 9/],
    [['--seed=-1'], '--seed', /from 0/],
    [['--modes', 'full-design,half-breaker'], '--modes', /unknown "half-breaker"; use all, none or/],
    [['--faults', 'meteor'], '--faults', /flaky, slow, crash, duplicates, throttle, probe-dies/],
    [['--modes', 'none', '--faults', 'none'], '--modes', /at least one mode/],
    [['--sample', '10ms'], '--sample', /between 100ms and 10s/],
    [['--colour'], '--colour', /Unknown option/],
    [['--outage'], '--outage', /argument missing/],
    [['now'], '(arguments)', /unexpected "now"/],
  ])('refuses %j naming %s', (argv, field, message) => {
    const error = fieldOf(argv);
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
  });
});
