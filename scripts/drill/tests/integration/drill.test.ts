import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CircuitState } from '@unstoppable/core';
import { DEFAULT_DRILL_OPTIONS, type DrillOptions, runDrill, runScenario } from '../../src';

describe('a tiny drill of the full design', () => {
  let resultsDir: string;

  beforeAll(async () => {
    resultsDir = await mkdtemp(join(tmpdir(), 'drill-'));
  });

  afterAll(async () => {
    await rm(resultsDir, { recursive: true, force: true });
  });

  it('loses no order, charges none twice, trips the circuit in the outage and closes it after the heal', async () => {
    const options: DrillOptions = {
      ...DEFAULT_DRILL_OPTIONS,
      modes: ['full-design'],
      faults: [],
      rate: 5,
      warmupMs: 1_000,
      outageMs: 6_000,
      tailMs: 1_000,
      parallel: 1,
      resultsDir,
    };
    const lines: string[] = [];
    const outcome = await runDrill(options, {
      command: 'test',
      output: { isTTY: false, write: (text: string) => lines.push(text) },
      runner: (spec, context) =>
        runScenario(spec, {
          seed: options.seed,
          sampleMs: options.sampleMs,
          drainTimeoutMs: options.drainTimeoutMs,
          onProgress: context.onProgress,
        }),
    });

    expect(outcome.failures).toEqual([]);
    const [metrics] = outcome.metrics;
    const [record] = outcome.records;
    if (!metrics || !record) throw new Error('the scenario did not run');
    expect(metrics.outcomes.placed).toBe(40);
    expect(metrics.outcomes.lost).toEqual([]);
    expect(metrics.doubleCharges).toBe(0);
    expect(metrics.outcomes.completed + metrics.outcomes.declined).toBe(40);
    // Tripped during the outage, closed again afterwards, and every queued order settled.
    expect(metrics.alerts.trips).toBeGreaterThanOrEqual(1);
    expect(metrics.calls.trippedAt).toBeGreaterThanOrEqual(record.times.faultAt);
    expect(record.samples.some((sample) => sample.circuit === CircuitState.OPEN)).toBe(true);
    const closed = record.journal.filter((entry) => entry.state === 'CloseCircuit' && !entry.error);
    expect(closed.length).toBeGreaterThanOrEqual(1);
    expect(record.samples.at(-1)?.circuit).toBe(CircuitState.CLOSED);
    expect(metrics.queued.count).toBeGreaterThan(0);
    expect(metrics.queued.unsettled).toBe(0);
    expect(outcome.checks.find((check) => check.target === '0 lost orders')?.met).toBe(true);

    const report = await readFile(join(outcome.folder, 'report.md'), 'utf8');
    expect(report).toContain('| Full design | 40 |');
    expect(await readFile(join(outcome.folder, 'timeline.svg'), 'utf8')).toMatch(/^<svg [^>]*>/);
    expect(lines.some((line) => line.startsWith('full-design') && line.includes('FAULT'))).toBe(true);
  });
});
