import { join } from 'node:path';
import { runCommand } from '../child-process';
import { formatCount, formatMs } from '../format';
import type { SectionReport } from '../report';
import { parseForwarderOutput } from './forwarder-output';

export interface ForwarderBenchOptions {
  readonly root: string;
  /** Timed rounds, passed to the forwarder's own bench. */
  readonly rounds: number;
}

/**
 * Runs the forwarder's own bench (services/loki-forwarder/scripts/bench.ts, a script, not an
 * exported function) in a child process on this Node, and tabulates what it prints.
 */
export async function runForwarderBench(options: ForwarderBenchOptions): Promise<SectionReport> {
  const tsxCli = require.resolve('tsx/cli');
  const { stdout } = await runCommand(
    process.execPath,
    [tsxCli, 'scripts/bench.ts', String(options.rounds)],
    {
      cwd: join(options.root, 'services', 'loki-forwarder'),
    },
  );
  const output = parseForwarderOutput(stdout);
  return {
    title: 'Loki forwarder throughput',
    tables: [
      {
        columns: [
          { header: 'stage' },
          { header: 'per ~1 MB batch', align: 'right' },
          { header: 'events/s', align: 'right' },
        ],
        rows: output.stages.map((stage) => [
          stage.stage,
          formatMs(stage.msPerBatch, 2),
          formatCount(stage.eventsPerSecond),
        ]),
      },
    ],
    notes: [
      ...output.context,
      'one CPU core, no network: decode (base64 + gunzip + JSON) -> Loki entries with labels -> push-body JSON -> gzip; the push itself is not timed',
    ],
  };
}
