import { join } from 'node:path';
import { BenchError } from '../errors';
import { describeLoad, describeMachine } from '../machine';
import { parseBenchArgs, USAGE } from '../options';
import { findRepoRoot } from '../repo-root';
import { formatSection } from '../report';
import { runSection } from '../sections';

/**
 * Prints every selected benchmark section as Markdown tables (see README.md). Exits 1 when a
 * section could not run; a missed target is a figure, not a failure.
 */
async function main(): Promise<number> {
  const options = parseBenchArgs(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  // The in-process Lambdas (cost, throughput) log JSON through Powertools: keep the tables readable.
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED = 'true';
  const root = findRepoRoot();
  const context = {
    root,
    workDir: join(root, 'scripts', 'benchmarks', 'node_modules', '.cache', 'benchmarks'),
  };
  console.log(`# Benchmarks\n\nmachine: ${describeMachine()}; ${describeLoad()} at start\n`);
  let failed = 0;
  for (const section of options.sections) {
    const started = performance.now();
    console.error(`running ${section} ...`);
    try {
      console.log(formatSection(await runSection(section, options, context)));
      console.error(`${section} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      failed += 1;
      console.error(
        `${section} failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
      if (!(error instanceof BenchError)) console.error(error);
    }
  }
  console.log(`${describeLoad()} at the end`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof BenchError ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  },
);
