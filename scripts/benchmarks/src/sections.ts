import { join } from 'node:path';
import { runBundlesBench } from './bundles/bundles-bench';
import { runCostBench } from './cost/cost-bench';
import { runForwarderBench } from './forwarder/forwarder-bench';
import type { BenchOptions, Section } from './options';
import type { SectionReport } from './report';
import { runSynthBench } from './synth/synth-bench';
import { runThroughputBench } from './throughput/throughput-bench';

/** Where the benchmarks run: the repository root and a scratch folder. */
export interface BenchContext {
  readonly root: string;
  readonly workDir: string;
}

/** Runs one section with the options that concern it. */
export function runSection(
  section: Section,
  options: BenchOptions,
  context: BenchContext,
): Promise<SectionReport> {
  switch (section) {
    case 'bundles':
      return runBundlesBench({
        root: context.root,
        runs: options.initRuns,
        workDir: join(context.workDir, 'unbundled'),
      });
    case 'cost':
      return runCostBench();
    case 'synth':
      return runSynthBench({ root: context.root, runs: options.synthRuns });
    case 'forwarder':
      return runForwarderBench({ root: context.root, rounds: options.forwarderRounds });
    case 'throughput':
      return runThroughputBench(options);
  }
}
