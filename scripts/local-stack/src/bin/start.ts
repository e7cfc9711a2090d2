import { LocalStackConfigError } from '../errors';
import { type LocalStack, startLocalStack } from '../local-stack';
import { type LokiBridge, lokiConnectionFromEnv, startLokiBridge } from '../logs';
import { parseStartCommand, START_USAGE } from '../stack/start-options';

/** How often the one-line status is refreshed, in ms. */
const STATUS_INTERVAL_MS = 2000;

/**
 * `npm start`: the whole system on localhost (see the package README). Prints the URLs, the admin
 * token and a one-line status; Ctrl-C stops it cleanly (a second Ctrl-C exits at once).
 */
async function main(): Promise<void> {
  const command = parseStartCommand(process.argv.slice(2), process.env);
  if (command.help) {
    console.log(START_USAGE);
    return;
  }
  // Read before any Logger exists: with LOKI_URL the services log at INFO, for Loki.
  const loki = lokiConnectionFromEnv(process.env);
  process.env.POWERTOOLS_LOG_LEVEL ??= loki ? 'INFO' : 'WARN';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const started = performance.now();
  const stack = await startLocalStack(command.options);
  const bridge: LokiBridge | undefined = loki
    ? startLokiBridge({
        ...loki,
        prefix: 'local',
        quiet: true,
        stepFunctions: stack.pipeline.runtime.stepFunctions,
      })
    : undefined;
  printBanner(stack, command.options.fast === true, command.options.dataDir, performance.now() - started);
  if (loki)
    console.log(`  logs:       forwarded to Loki at ${loki.lokiUrl} (try {service="order-processor"})`);
  const stopStatus = showStatus(stack);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(130);
    stopping = true;
    stopStatus();
    console.log(`\n${signal}: stopping (running executions get 2 s to finish; Ctrl-C again to exit now)`);
    await stack.end({ graceMs: 2000 });
    await bridge?.stop();
    console.log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function printBanner(stack: LocalStack, fast: boolean, dataDir: string | undefined, ms: number): void {
  const lines = [
    `unstoppable-payments local stack ready in ${Math.round(ms)} ms (${fast ? 'fast timings' : 'design timings'}, ${dataDir ? `data in ${dataDir}` : 'in memory'})`,
    '',
    stack.servesDashboard
      ? `  store:      ${stack.url}/#/`
      : '  store:      (dashboard not built: run `pnpm --filter @unstoppable/web build`)',
    stack.servesDashboard ? `  admin:      ${stack.url}/#/admin` : '',
    `  order API:  ${stack.url}/orders   (health: ${stack.url}/health)`,
    `  AWS JSON:   ${stack.url}  (Step Functions + SQS endpoint of the services' SDK clients)`,
    `  DynamoDB:   ${stack.pipeline.runtime.dynamodb.endpoint}`,
    `  admin token: ${stack.adminTokenGenerated ? stack.adminToken : '(from ADMIN_TOKEN)'}`,
    stack.restoredMessages > 0
      ? `  restored ${stack.restoredMessages} queued message(s) from ${dataDir}`
      : '',
    stack.resumed.orders.length > 0
      ? `  resumed ${stack.resumed.orders.length} PENDING order execution(s)`
      : '',
    stack.resumed.requeued.length > 0
      ? `  re-queued ${stack.resumed.requeued.length} QUEUED order(s) whose retry message was lost`
      : '',
    stack.resumed.cooldownTripId ? `  resumed the cool-down of trip ${stack.resumed.cooldownTripId}` : '',
    '',
    'Ctrl-C to stop.',
  ];
  console.log(lines.filter((line, i) => line !== '' || i === 1 || i === lines.length - 2).join('\n'));
}

/** Prints the status line when it changes (rewritten in place on a terminal). */
function showStatus(stack: LocalStack): () => void {
  let last = '';
  const tick = async () => {
    const line = await stack.statusLine().catch((error: unknown) => `status unavailable: ${String(error)}`);
    if (line === last) return;
    last = line;
    if (process.stdout.isTTY) process.stdout.write(`\r\x1b[2K${line}`);
    else console.log(line);
  };
  void tick();
  const timer = setInterval(() => void tick(), STATUS_INTERVAL_MS);
  return () => clearInterval(timer);
}

main().catch((error: unknown) => {
  if (error instanceof LocalStackConfigError) {
    console.error(`error: ${error.message}\n\n${START_USAGE}`);
    process.exit(2);
  }
  if ((error as NodeJS.ErrnoException)?.code === 'EADDRINUSE') {
    console.error(`error: the port is in use; pass --port N (or PORT=N) or stop the other process`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
