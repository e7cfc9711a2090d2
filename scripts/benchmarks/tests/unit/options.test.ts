import { BenchOptionError, BenchUsageError } from '../../src/errors';
import { DEFAULT_OPTIONS, parseBenchArgs, SECTIONS } from '../../src/options';

describe('parseBenchArgs', () => {
  it('runs every section with the defaults when given nothing', () => {
    expect(parseBenchArgs([])).toEqual(DEFAULT_OPTIONS);
    expect(DEFAULT_OPTIONS.sections).toEqual(SECTIONS);
  });

  it('selects sections with --only and keeps the fixed run order', () => {
    const options = parseBenchArgs(['--only', 'throughput, bundles']);
    expect(options).toMatchObject({ sections: ['bundles', 'throughput'] });
  });

  it('reads the numeric options', () => {
    expect(
      parseBenchArgs([
        '--init-runs=5',
        '--synth-runs',
        '1',
        '--forwarder-rounds',
        '7',
        '--clients',
        '4',
        '--orders',
        '200',
        '--warmup-orders',
        '0',
      ]),
    ).toEqual({
      sections: SECTIONS,
      initRuns: 5,
      synthRuns: 1,
      forwarderRounds: 7,
      clients: 4,
      orders: 200,
      warmupOrders: 0,
    });
  });

  it('ignores the "--" pnpm may pass before the options', () => {
    expect(parseBenchArgs(['--', '--only', 'cost'])).toMatchObject({ sections: ['cost'] });
  });

  it('answers help for --help', () => {
    expect(parseBenchArgs(['--help'])).toBe('help');
  });

  it('names the flag of an unknown section', () => {
    expect(() => parseBenchArgs(['--only', 'bundles,drill'])).toThrow(
      new BenchOptionError(
        'only',
        'has unknown section "drill"; choose from bundles, cost, synth, forwarder, throughput',
      ),
    );
    expect(() => parseBenchArgs(['--only', ' , '])).toThrow(/^--only needs at least one of/);
  });

  it('names the flag of a malformed or out-of-range number', () => {
    expect(() => parseBenchArgs(['--clients', '0'])).toThrow(
      '--clients must be a whole number from 1 to 1000, got "0"',
    );
    expect(() => parseBenchArgs(['--init-runs', '2.5'])).toThrow(/^--init-runs must be a whole number/);
    expect(() => parseBenchArgs(['--orders', 'many'])).toThrow(/^--orders must be a whole number/);
  });

  it('rejects unknown flags and missing values with a usage error', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/--fast.*see --help/);
    expect(() => parseBenchArgs(['--clients'])).toThrow(BenchUsageError);
  });
});
