import { parseArgs } from 'node:util';
import { ApiClient } from './api-client';
import { booleanFlag, intFlag, numberFlag } from './args';
import { placeOrders } from './commands/place-orders';
import { showStatus } from './commands/show-status';
import { CliError, UsageError } from './errors';

const USAGE = `usage: unstoppable <command> [flags]

commands:
  orders   place sample orders     --count N (10) --rate R/s (5) --concurrency N (8) --wait S (30) --seed N
  chaos    switch gateway chaos    --down on|off --failure-rate 0-1 --latency-ms N --decline-rate 0-1 | chaos off
  circuit  reset or open           circuit reset | circuit open [--reason TEXT]
  status   circuit, orders by status and queue depth

global flags:
  --api URL      order API (env API_URL, default http://localhost:3000)
  --token TOKEN  admin token (env ADMIN_TOKEN)`;

/** Runs one CLI invocation; returns the process exit code. */
export async function main(
  argv: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      api: { type: 'string' },
      token: { type: 'string' },
      count: { type: 'string' },
      rate: { type: 'string' },
      concurrency: { type: 'string' },
      wait: { type: 'string' },
      seed: { type: 'string' },
      down: { type: 'string' },
      'failure-rate': { type: 'string' },
      'latency-ms': { type: 'string' },
      'decline-rate': { type: 'string' },
      reason: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, sub] = positionals;
  if (values.help || !command) {
    log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const api = new ApiClient({
    baseUrl: values.api ?? env.API_URL ?? 'http://localhost:3000',
    adminToken: values.token ?? env.ADMIN_TOKEN,
  });
  switch (command) {
    case 'orders': {
      const report = await placeOrders(api, {
        count: intFlag(values, 'count', 10, 1, 100_000),
        rate: numberFlag(values, 'rate', 5, 0.01, 10_000),
        concurrency: intFlag(values, 'concurrency', 8, 1, 1000),
        waitSeconds: numberFlag(values, 'wait', 30, 0, 3600),
        random: seededRandom(intFlag(values, 'seed', Date.now() % 2 ** 31, 0, 2 ** 31)),
        progress: Boolean(process.stderr.isTTY),
        log,
      });
      log(`placed ${report.placed.length}, rejected ${report.rejected}`);
      log(`statuses: ${JSON.stringify(report.byStatus)}`);
      return report.rejected > 0 ? 1 : 0;
    }
    case 'chaos': {
      const patch =
        sub === 'off'
          ? { down: false, failureRate: 0, latencyMs: 0, declineRate: 0 }
          : Object.fromEntries(
              Object.entries({
                down: booleanFlag(values, 'down'),
                failureRate:
                  values['failure-rate'] === undefined
                    ? undefined
                    : numberFlag(values, 'failure-rate', 0, 0, 1),
                latencyMs:
                  values['latency-ms'] === undefined
                    ? undefined
                    : intFlag(values, 'latency-ms', 0, 0, 60_000),
                declineRate:
                  values['decline-rate'] === undefined
                    ? undefined
                    : numberFlag(values, 'decline-rate', 0, 0, 1),
              }).filter(([, value]) => value !== undefined),
            );
      if (Object.keys(patch).length === 0)
        throw new UsageError(
          'chaos',
          'give at least one of --down, --failure-rate, --latency-ms, --decline-rate, or "off"',
        );
      log(`chaos: ${JSON.stringify(await api.setChaos(patch))}`);
      return 0;
    }
    case 'circuit': {
      if (sub === 'reset') log(`circuit: ${JSON.stringify(await api.resetCircuit())}`);
      else if (sub === 'open') log(`circuit: ${JSON.stringify(await api.openCircuit(values.reason))}`);
      else throw new UsageError('circuit', 'use "circuit reset" or "circuit open"');
      return 0;
    }
    case 'status':
      for (const line of await showStatus(api, Boolean(values.token ?? env.ADMIN_TOKEN))) log(line);
      return 0;
    default:
      throw new UsageError(command, `unknown command\n${USAGE}`);
  }
}

/** Mulberry32: a small seeded generator so `--seed` reproduces a run's orders. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (require.main === module) {
  main(process.argv.slice(2), process.env, (line) => console.log(line)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof CliError || error instanceof TypeError ? error.message : error);
      process.exit(
        error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
          ? 2
          : 1,
      );
    },
  );
}
