import { randomUUID } from 'node:crypto';
import { OrderStatus, orderExecutionName } from '@unstoppable/core';
import { arnResourceName, executionArn, type LocalStack, startLocalStack } from '@unstoppable/local-stack';
import { ApiClient, sampleOrder, seededRandom } from '@unstoppable/ops-cli';
import { formatCount, formatMs, passOrMiss } from '../format';
import type { SectionReport } from '../report';
import { percentile } from '../stats';
import { TARGETS } from '../targets';
import { runClosedLoop } from './closed-loop';

export interface ThroughputBenchOptions {
  readonly clients: number;
  readonly orders: number;
  readonly warmupOrders: number;
}

/** Longest wait for one order's workflow, in ms. */
const ORDER_TIMEOUT_MS = 60_000;

/**
 * One order end to end: POST /orders (202), wait until its workflow execution has ended, then
 * GET /orders/{id} must say COMPLETED. Returns POST-to-end latency in ms.
 */
function orderJob(stack: LocalStack, api: ApiClient, runId: string) {
  const random = seededRandom(42);
  const machineName = arnResourceName(stack.pipeline.orderStateMachineArn);
  const { stepFunctions } = stack.pipeline.runtime;
  return async (sequence: number): Promise<number> => {
    const started = performance.now();
    const placed = await api.placeOrder(sampleOrder(random, sequence), `bench-${runId}-${sequence}`);
    const name = orderExecutionName(placed.orderId, placed.attempt);
    await stepFunctions.waitForExecution(executionArn(machineName, name), { timeoutMs: ORDER_TIMEOUT_MS });
    const latencyMs = performance.now() - started;
    const final = await api.getOrder(placed.orderId);
    if (final.status !== OrderStatus.COMPLETED) {
      throw new Error(`order ${placed.orderId} ended ${final.status}, expected COMPLETED`);
    }
    return latencyMs;
  };
}

/** Orders per second through the local stack's HTTP API, POST /orders -> COMPLETED. */
export async function runThroughputBench(options: ThroughputBenchOptions): Promise<SectionReport> {
  const stack = await startLocalStack({
    port: 0,
    fast: true,
    adminToken: randomUUID(),
    quiet: true,
    webRoot: false,
  });
  try {
    const api = new ApiClient({ baseUrl: stack.url, adminToken: stack.adminToken });
    if (options.warmupOrders > 0) {
      const warmup = await runClosedLoop(
        options.warmupOrders,
        options.clients,
        orderJob(stack, api, 'warmup'),
      );
      if (warmup.failures > 0) throw warmup.firstError;
    }
    const run = await runClosedLoop(options.orders, options.clients, orderJob(stack, api, randomUUID()));
    const completed = run.latenciesMs.length;
    const ordersPerSecond = completed / (run.elapsedMs / 1000);
    const ok = ordersPerSecond >= TARGETS.minOrdersPerSecond && run.failures === 0;
    return {
      title: 'Local stack throughput',
      tables: [
        {
          columns: [
            { header: 'clients', align: 'right' },
            { header: 'orders', align: 'right' },
            { header: 'completed', align: 'right' },
            { header: 'not completed', align: 'right' },
            { header: 'wall time', align: 'right' },
            { header: 'orders/s', align: 'right' },
            { header: 'p50 latency', align: 'right' },
            { header: 'p99 latency', align: 'right' },
            { header: '>= 100 orders/s', align: 'right' },
          ],
          rows: [
            [
              String(options.clients),
              formatCount(options.orders),
              formatCount(completed),
              formatCount(run.failures),
              formatMs(run.elapsedMs, 0),
              ordersPerSecond.toFixed(1),
              completed > 0 ? formatMs(percentile(run.latenciesMs, 50)) : '-',
              completed > 0 ? formatMs(percentile(run.latenciesMs, 99)) : '-',
              passOrMiss(ok),
            ],
          ],
        },
      ],
      notes: [
        'one process runs the stack (`startLocalStack`: dynalite in memory in its own worker thread, order API over HTTP, workflows on aws-local-stepfunctions, the payment worker in-process) and the clients (fetch over loopback, keep-alive)',
        `closed loop: each client POSTs /orders (demo catalog order, Idempotency-Key), waits for the order's execution to end, then GETs /orders/{id} and requires COMPLETED; ${formatCount(options.warmupOrders)} warm-up orders first, not timed`,
        'latency = POST sent -> execution ended (the COMPLETED write is its last DynamoDB write before the completion event); orders/s = completed orders / wall time of the timed run',
        ...(run.failures > 0
          ? [`first failure: ${String((run.firstError as Error)?.message ?? run.firstError)}`]
          : []),
      ],
    };
  } finally {
    await stack.end();
  }
}
