import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import type { OrderStatus, StatusChange } from '@unstoppable/core';
import { countTransitions, type LocalStack } from '@unstoppable/local-stack';
import { doubleCharges } from '@unstoppable/payment-processor';
import type { ExecutionRow, FinalOrder, LedgerRow } from './scenario-record';

/** Every order in the stack's orders table, as it is now. */
export async function readOrders(stack: LocalStack): Promise<FinalOrder[]> {
  const { runtime } = stack.pipeline;
  const documents = DynamoDBDocumentClient.from(runtime.dynamodb.client);
  const orders: FinalOrder[] = [];
  const pages = paginateScan(
    { client: documents },
    {
      TableName: runtime.tables.orders,
      ProjectionExpression: 'orderId, #status, attempt, chargeId, #history',
      ExpressionAttributeNames: { '#status': 'status', '#history': 'history' },
    },
  );
  for await (const page of pages) {
    for (const item of page.Items ?? []) {
      const history = (item.history as StatusChange[] | undefined) ?? [];
      orders.push({
        orderId: String(item.orderId),
        status: item.status as OrderStatus,
        attempt: Number(item.attempt ?? 1),
        ...(typeof item.chargeId === 'string' ? { chargeId: item.chargeId } : {}),
        statuses: history.map((change) => change.status),
      });
    }
  }
  return orders;
}

/** The simulated gateway's ledger, and the orders it captured more than once. */
export async function readLedger(stack: LocalStack): Promise<{ rows: LedgerRow[]; doubleCharges: string[] }> {
  const entries = await stack.pipeline.worker.ledger.entries();
  return {
    rows: entries.map((entry) => ({
      orderId: entry.orderId,
      outcome: entry.outcome,
      chargeId: entry.chargeId,
      requests: entry.requests,
    })),
    doubleCharges: doubleCharges(entries),
  };
}

/** Every execution of both workflows, with the transitions it was billed. */
export function readExecutions(stack: LocalStack): ExecutionRow[] {
  const { pipeline } = stack;
  const { stepFunctions } = pipeline.runtime;
  const machines = [
    ['order', pipeline.orderStateMachineArn],
    ['cooldown', pipeline.cooldownStateMachineArn],
  ] as const;
  return machines.flatMap(([machine, stateMachineArn]) =>
    stepFunctions
      .listExecutions({ stateMachineArn })
      .reverse()
      .map((execution) => ({
        name: execution.name,
        machine,
        status: execution.status,
        startedAt: execution.startDate.getTime(),
        ...(execution.stopDate ? { stoppedAt: execution.stopDate.getTime() } : {}),
        transitions: countTransitions(stepFunctions.getExecutionEvents(execution.executionArn)),
      })),
  );
}
