import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import { CIRCUIT_IDS, CircuitState } from '@unstoppable/core';
import type { LocalRuntime } from '../local-runtime';

/** A snapshot of the running stack for its one-line status. */
export interface StackStatus {
  readonly ordersByStatus: Readonly<Record<string, number>>;
  readonly circuit: CircuitState;
  readonly retryQueue: number;
  readonly deadLetterQueue: number;
  readonly runningExecutions: number;
}

/** Reads the status: orders per status (a scan; local tables are small), circuit, queue depths. */
export async function readStackStatus(
  runtime: LocalRuntime,
  documents: DynamoDBDocumentClient,
): Promise<StackStatus> {
  const ordersByStatus: Record<string, number> = {};
  const pages = paginateScan(
    { client: documents },
    {
      TableName: runtime.tables.orders,
      ProjectionExpression: '#s',
      ExpressionAttributeNames: { '#s': 'status' },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      const status = String(item.status);
      ordersByStatus[status] = (ordersByStatus[status] ?? 0) + 1;
    }
  }
  const { Item } = await documents.send(
    new GetCommand({ TableName: runtime.tables.circuit, Key: { circuitId: CIRCUIT_IDS.paymentGateway } }),
  );
  const depth = (queue: LocalRuntime['retryQueue']) => {
    const { visible, delayed, inFlight } = queue.depth();
    return visible + delayed + inFlight;
  };
  return {
    ordersByStatus,
    circuit: (Item?.state as CircuitState | undefined) ?? CircuitState.CLOSED,
    retryQueue: depth(runtime.retryQueue),
    deadLetterQueue: depth(runtime.deadLetterQueue),
    runningExecutions: runtime.stepFunctions.runningExecutions(),
  };
}

/** `orders 12 (COMPLETED 10, QUEUED 2) · circuit OPEN · retry queue 2 · DLQ 0 · executions 1`. */
export function formatStackStatus(status: StackStatus): string {
  const counts = Object.entries(status.ordersByStatus).sort(([a], [b]) => a.localeCompare(b));
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const detail = counts.length > 0 ? ` (${counts.map(([s, n]) => `${s} ${n}`).join(', ')})` : '';
  return `orders ${total}${detail} · circuit ${status.circuit} · retry queue ${status.retryQueue} · DLQ ${status.deadLetterQueue} · executions ${status.runningExecutions}`;
}
