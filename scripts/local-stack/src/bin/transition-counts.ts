import { measureOrderPaths } from '../order-paths';

/**
 * Prints the state transitions of each order-workflow path, counted from real local executions
 * (the figures the cost model multiplies by the Standard price).
 */
async function main(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  // Transitions do not depend on timings: shorten the retry pauses.
  const report = await measureOrderPaths({ timeScale: 0.01 });
  console.log('order workflow: state transitions per path (local executor event log)');
  for (const { transitions, label } of report.paths)
    console.log(`  ${String(transitions).padStart(3)}  ${label}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
