import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, runCommand } from '../child-process';
import { BenchSetupError } from '../errors';
import { formatSeconds } from '../format';
import type { SectionReport } from '../report';
import { summarize } from '../stats';

export interface SynthBenchOptions {
  readonly root: string;
  readonly runs: number;
}

/** Wall time of infra's `synth` script (`cdktf synth`, CLI start-up included), median of `runs`. */
export async function runSynthBench(options: SynthBenchOptions): Promise<SectionReport> {
  const infraDir = join(options.root, 'infra');
  const cdktf = join(infraDir, 'node_modules', '.bin', 'cdktf');
  if (!existsSync(cdktf)) throw new BenchSetupError(`no cdktf CLI at ${cdktf}: run pnpm install`);
  const samples: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const { elapsedMs } = await runCommand(cdktf, ['synth'], {
      cwd: infraDir,
      env: childEnv({ CHECKPOINT_DISABLE: '1' }),
    });
    samples.push(elapsedMs);
  }
  const summary = summarize(samples);
  return {
    title: 'Infrastructure synth',
    tables: [
      {
        columns: [
          { header: 'command' },
          { header: 'runs', align: 'right' },
          { header: 'median', align: 'right' },
          { header: 'min', align: 'right' },
          { header: 'max', align: 'right' },
        ],
        rows: [
          [
            '`cdktf synth` in infra/ (dev + prod stacks)',
            String(summary.count),
            formatSeconds(summary.median),
            formatSeconds(summary.min),
            formatSeconds(summary.max),
          ],
        ],
      },
    ],
    notes: [
      'wall time from spawn to exit of the CLI, offline, bundles already built; writes infra/cdktf.out as `pnpm --filter @unstoppable/infra synth` does',
    ],
  };
}
