import { join, relative, resolve } from 'node:path';
import { drillUsage, parseDrillArgs } from '../cli/parse-drill-args';
import { runDrill } from '../drill';
import { DrillUsageError } from '../errors';
import { runScenarioProcess } from '../run/scenario-process';

/** Where the user typed the command (npm and pnpm run scripts in the package folder). */
const invokedFrom = process.env.INIT_CWD ?? process.cwd();

/** `npm run drill -- [flags]`: see `--help` and the package README. */
async function main(argv: readonly string[]): Promise<number> {
  const command = parseDrillArgs(argv, join(__dirname, '..', '..', 'results'));
  if (command.help) {
    console.log(drillUsage());
    return 0;
  }
  // A relative --results is taken from where the command was typed.
  const options = { ...command.options, resultsDir: resolve(invokedFrom, command.options.resultsDir) };
  const outcome = await runDrill(options, {
    command: ['npm run drill', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
    output: process.stdout,
    runner: (spec, context) =>
      runScenarioProcess(
        { options, scenario: spec.id },
        { logFile: context.logFile, onProgress: context.onProgress },
      ),
  });
  console.log('');
  for (const check of outcome.checks.filter((c) => !c.met)) {
    console.log(`MISSED ${check.scenario}: ${check.target} — ${check.detail}`);
  }
  for (const failure of outcome.failures) console.log(`FAILED ${failure.id}: ${failure.message}`);
  const met = outcome.checks.filter((c) => c.met).length;
  console.log(
    `${outcome.passed ? 'PASSED' : 'FAILED'}: ${met}/${outcome.checks.length} checks met. Report: ${relative(invokedFrom, join(outcome.folder, 'report.md'))}`,
  );
  return outcome.passed ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof DrillUsageError ? `drill: ${error.message}\n\n${drillUsage()}` : error);
    process.exitCode = error instanceof DrillUsageError ? 2 : 1;
  },
);
