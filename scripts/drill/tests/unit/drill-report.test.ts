import {
  DEFAULT_DRILL_OPTIONS,
  type DrillReportInput,
  drillReport,
  markdownTable,
  scenarioMetrics,
  targetChecks,
} from '../../src';
import { scenarioRecord } from '../support/record-fixture';

const record = scenarioRecord();
const full = scenarioMetrics(record);
const fault = scenarioMetrics({
  ...record,
  id: 'crash',
  kind: 'fault',
  title: 'Worker crash',
  injected: { 'workers crashed': 3 },
});

function input(extra: Partial<DrillReportInput> = {}): DrillReportInput {
  const metrics = [full, fault];
  return {
    startedAt: new Date('2026-03-01T10:20:30.000Z'),
    durationMs: 125_000,
    command: 'npm run drill',
    machine: {
      os: 'Linux 6',
      cpu: 'Test CPU',
      cores: 2,
      memoryGb: 8,
      node: 'v22.0.0',
      load: { start: 0.5, end: 2.25 },
    },
    options: { ...DEFAULT_DRILL_OPTIONS, resultsDir: 'results' },
    timings: record.timings,
    metrics,
    checks: metrics.flatMap(targetChecks),
    failures: [],
    chart: 'timeline.svg',
    ...extra,
  };
}

describe('markdownTable', () => {
  it('renders a header, a separator and rows, escaping pipes', () => {
    expect(markdownTable(['a', 'b'], [['1', 'x|y']])).toBe('| a | b |\n| --- | --- |\n| 1 | x\\|y |');
  });
});

describe('drillReport', () => {
  const report = drillReport(input());

  it('states the verdict, the command, the machine and the duration', () => {
    expect(report).toContain('# Outage drill — 2026-03-01T10:20:30.000Z');
    expect(report).toMatch(/\*\*PASSED\*\*: (\d+) of \1 checks met\./);
    expect(report).toContain('- Command: `npm run drill`');
    expect(report).toContain(
      '- Machine: Test CPU, 2 cores, 8 GB, Linux 6, Node v22.0.0; load average 0.50 at the start, 2.25 at the end',
    );
    expect(report).toContain(
      '- Duration: 125s (3 scenarios at once, each in its own process and local stack)',
    );
  });

  it('lists the timings the stacks ran with', () => {
    expect(report).toContain('| outage (modes) | 20s |');
    expect(report).toContain('| payment task timeout | 5s |');
    expect(report).toMatch(/\| max attempts \| 5 \(retried for \d+s in all before FAILED\) \|/);
  });

  it('has a modes table and a faults table with one row each, and the chart', () => {
    expect(report).toContain('## Modes: gateway down for 20s');
    expect(report).toMatch(
      /\| Full design \| 1 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \(0\) \| 0 \/ 0 \| nothing queued \|/,
    );
    expect(report).toContain('## Fault scenarios (full design)');
    expect(report).toContain('| Worker crash | 1 | 1 | 0 | 0 | 0 | 0 | 3 workers crashed |');
    expect(report).toContain('![Orders by status over time, circuit state shaded](timeline.svg)');
  });

  it('marks missed checks and scenarios that did not run, and says FAILED', () => {
    const failed = drillReport(
      input({
        checks: [{ scenario: 'full-design', target: '0 lost orders', met: false, detail: '2 lost' }],
        failures: [{ id: 'slow', message: 'the stack did not start' }],
      }),
    );
    expect(failed).toContain('**FAILED**: 0 of 1 checks met, 1 scenarios could not run.');
    expect(failed).toContain('| full-design | 0 lost orders | **MISSED** | 2 lost |');
    expect(failed).toContain('- slow: the stack did not start');
  });

  it('leaves out the sections it has nothing for', () => {
    const modesOnly = drillReport(input({ metrics: [full], chart: undefined }));
    expect(modesOnly).not.toContain('## Fault scenarios');
    expect(modesOnly).not.toContain('## Timeline');
  });
});
