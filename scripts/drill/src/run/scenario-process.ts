import { fork } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { DrillOptions } from '../drill-options';
import { DrillRunError } from '../errors';
import type { ScenarioProgress } from './run-scenario';
import type { ScenarioRecord } from './scenario-record';

/** Messages a scenario process sends its parent. */
export type ScenarioProcessMessage =
  | { readonly type: 'progress'; readonly progress: ScenarioProgress }
  | { readonly type: 'record'; readonly record: ScenarioRecord }
  | { readonly type: 'error'; readonly message: string };

/** What the parent sends to start a scenario. */
export interface ScenarioProcessRequest {
  readonly options: DrillOptions;
  readonly scenario: string;
}

/** The script a scenario process runs (see `bin/scenario-process.ts`). */
export const SCENARIO_PROCESS_SCRIPT = join(__dirname, '..', 'bin', 'scenario-process.ts');

/**
 * Runs one scenario in a child Node process of its own, so scenarios run on every core instead
 * of sharing one event loop (whose delays would distort the timings they measure). The child is
 * started with this process's `execArgv` (under tsx: the TypeScript loader) unless `execArgv` is
 * given; its stderr goes to `logFile`.
 */
export function runScenarioProcess(
  request: ScenarioProcessRequest,
  options: {
    readonly logFile: string;
    readonly onProgress?: (progress: ScenarioProgress) => void;
    readonly execArgv?: readonly string[];
  },
): Promise<ScenarioRecord> {
  return new Promise((resolve, reject) => {
    const child = fork(SCENARIO_PROCESS_SCRIPT, [], {
      execArgv: [...(options.execArgv ?? process.execArgv)],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT', POWERTOOLS_METRICS_DISABLED: 'true' },
    });
    const log = createWriteStream(options.logFile);
    child.stderr?.pipe(log);
    let outcome: ScenarioRecord | Error | undefined;
    child.on('message', (message: ScenarioProcessMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'record') outcome = message.record;
      else outcome = new DrillRunError(request.scenario, message.message);
    });
    child.on('error', (error) => {
      outcome ??= new DrillRunError(request.scenario, `the scenario process failed: ${error.message}`);
    });
    child.on('exit', (code, signal) => {
      log.end();
      if (outcome && !(outcome instanceof Error)) resolve(outcome);
      else
        reject(
          outcome ??
            new DrillRunError(
              request.scenario,
              `the scenario process exited (${signal ?? `code ${code}`}) without a result; see ${options.logFile}`,
            ),
        );
    });
    child.send(request);
  });
}
