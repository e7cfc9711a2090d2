import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DrillOptions } from './drill-options';
import { type ScenarioMetrics, scenarioMetrics } from './metrics/scenario-metrics';
import { type TargetCheck, targetChecks } from './metrics/targets';
import { ProgressBoard, type ProgressOutput } from './progress/progress-board';
import { drillReport } from './report/drill-report';
import { loadAverage, machineInfo, runFolderName } from './report/machine-info';
import { timelinePanel } from './report/timeline-panel';
import { timelineSvg } from './report/timeline-svg';
import { runPool } from './run/run-pool';
import type { ScenarioProgress } from './run/run-scenario';
import type { ScenarioRecord } from './run/scenario-record';
import { buildScenarios } from './scenarios/catalogue';
import type { ScenarioSpec } from './scenarios/scenario';

/** Runs one scenario and returns what it observed (in a child process, or in this one). */
export type ScenarioRunner = (
  spec: ScenarioSpec,
  context: { readonly logFile: string; readonly onProgress: (progress: ScenarioProgress) => void },
) => Promise<ScenarioRecord>;

/** What a drill run produced. */
export interface DrillOutcome {
  readonly folder: string;
  readonly records: readonly ScenarioRecord[];
  readonly metrics: readonly ScenarioMetrics[];
  readonly checks: readonly TargetCheck[];
  readonly failures: readonly { readonly id: string; readonly message: string }[];
  /** True when every scenario ran and every check was met. */
  readonly passed: boolean;
}

/**
 * The drill: runs every selected scenario (at most `parallel` at once) with a progress line
 * each, computes the figures and checks, and writes `report.md`, `timeline.svg` and
 * `metrics.json` to `<resultsDir>/<timestamp>/`.
 */
export async function runDrill(
  options: DrillOptions,
  environment: { readonly runner: ScenarioRunner; readonly output: ProgressOutput; readonly command: string },
): Promise<DrillOutcome> {
  const startedAt = new Date();
  const loadAtStart = loadAverage();
  const specs = buildScenarios(options);
  const folder = join(options.resultsDir, runFolderName(startedAt));
  await mkdir(join(folder, 'logs'), { recursive: true });
  const board = new ProgressBoard(
    specs.map((spec) => spec.id),
    environment.output,
  ).start();
  // Long scenarios first, so the last lane does not start one near the end; results keep the order.
  const queue = [...specs].sort((a, b) => Number(b.long ?? false) - Number(a.long ?? false));
  const settled = await runPool(queue, options.parallel, (spec) =>
    environment
      .runner(spec, {
        logFile: join(folder, 'logs', `${spec.id}.log`),
        onProgress: (progress) => board.update(progress),
      })
      .catch((error: unknown) => {
        board.fail(spec.id, (error as Error).message);
        throw error;
      }),
  );
  board.stop();
  const outcomes = specs.map((spec) => settled[queue.indexOf(spec)] as PromiseSettledResult<ScenarioRecord>);
  const records = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failures = outcomes.flatMap((outcome, index) =>
    outcome.status === 'rejected'
      ? [
          {
            id: specs[index]?.id ?? '?',
            message: (outcome.reason as Error)?.message ?? String(outcome.reason),
          },
        ]
      : [],
  );
  const metrics = records.map(scenarioMetrics);
  const checks = metrics.flatMap(targetChecks);
  const chart = 'timeline.svg';
  await writeFile(join(folder, chart), timelineSvg(records.map(timelinePanel)));
  await writeFile(
    join(folder, 'report.md'),
    drillReport({
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      command: environment.command,
      machine: machineInfo(loadAtStart),
      options,
      ...(records[0] ? { timings: records[0].timings } : {}),
      metrics,
      checks,
      failures,
      chart,
    }),
  );
  if (options.keepRaw) {
    await mkdir(join(folder, 'raw'), { recursive: true });
    for (const record of records)
      await writeFile(join(folder, 'raw', `${record.id}.json`), JSON.stringify(record));
  }
  await writeFile(
    join(folder, 'metrics.json'),
    `${JSON.stringify({ options, metrics, checks, failures }, null, 2)}\n`,
  );
  return {
    folder,
    records,
    metrics,
    checks,
    failures,
    passed: failures.length === 0 && checks.every((check) => check.met),
  };
}
