import { cpus, loadavg, release, totalmem, type } from 'node:os';
import type { MachineInfo } from './drill-report';

/** The 1-minute load average now. */
export function loadAverage(): number {
  return loadavg()[0] ?? 0;
}

/** The machine the drill runs on, for the report; `loadAtStart` adds the load range of the run. */
export function machineInfo(loadAtStart?: number): MachineInfo {
  const processors = cpus();
  return {
    os: `${type()} ${release()}`,
    cpu: processors[0]?.model.trim() ?? 'unknown CPU',
    cores: processors.length,
    memoryGb: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    ...(loadAtStart === undefined ? {} : { load: { start: loadAtStart, end: loadAverage() } }),
  };
}

/** A folder name for a run started at `at`: `2026-03-01T10-20-30Z`. */
export function runFolderName(at: Date): string {
  return at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
}
