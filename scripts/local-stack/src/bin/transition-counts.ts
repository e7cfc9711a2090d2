import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  CHAOS_CONFIG_ID,
  type ChaosConfig,
  NO_CHAOS,
  ORDER_LIST_KEY,
  type WorkflowOrder,
} from '@unstoppable/core';
import { startPaymentPipeline } from '../payment-pipeline';
import { countTransitions } from '../stepfunctions';

/**
 * Prints the state transitions of each order-workflow path, counted from real local executions
 * (the figures the cost model multiplies by the Standard price).
 */
async function main(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const pipeline = await startPaymentPipeline({ prefix: 'tc', timeScale: 0.01 });
  const { runtime } = pipeline;
  const documents = DynamoDBDocumentClient.from(runtime.dynamodb.client);
  const setChaos = (chaos: Partial<ChaosConfig>) =>
    documents.send(
      new PutCommand({
        TableName: runtime.tables.runtimeConfig,
        Item: { configId: CHAOS_CONFIG_ID, value: { ...NO_CHAOS, ...chaos } },
      }),
    );
  const setCircuit = (item: Record<string, unknown>) =>
    documents.send(
      new PutCommand({
        TableName: runtime.tables.circuit,
        Item: { circuitId: 'payment-gateway', failures: 0, consecutiveOpens: 0, probeSuccesses: 0, ...item },
      }),
    );
  let sequence = 0;
  const run = async (): Promise<number> => {
    sequence += 1;
    const order: WorkflowOrder = {
      orderId: `tc-order-${sequence}-path`,
      customer: { id: 'c', email: 'c@example.com' },
      amount: 1000,
      currency: 'EUR',
      attempt: 1,
    };
    const now = new Date().toISOString();
    await documents.send(
      new PutCommand({
        TableName: runtime.tables.orders,
        Item: {
          ...order,
          items: [],
          paymentToken: 'tok_count000001',
          status: 'PENDING',
          listKey: ORDER_LIST_KEY,
          createdAt: now,
          updatedAt: now,
          history: [],
        },
      }),
    );
    const { executionArn } = runtime.stepFunctions.startExecution({
      stateMachineArn: pipeline.orderStateMachineArn,
      name: order.orderId,
      input: { order } as never,
    });
    await runtime.stepFunctions.waitForExecution(executionArn);
    return countTransitions(runtime.stepFunctions.getExecutionEvents(executionArn));
  };
  const rows: [string, number][] = [];
  rows.push(['green (CLOSED, captured)', await run()]);
  await setChaos({ declineRate: 1 });
  rows.push(['declined', await run()]);
  await setChaos({ down: true });
  rows.push(['technical failure, queued (2 in-place retries)', await run()]);
  await setCircuit({ state: 'OPEN', tripId: 'tc-trip' });
  rows.push(['circuit OPEN, queued without a gateway call', await run()]);
  await setCircuit({ state: 'CLOSED', failures: 2 });
  rows.push(['technical failure that trips the circuit', await run()]);
  await runtime.stepFunctions
    .stopExecution(
      runtime.stepFunctions.listExecutions({ stateMachineArn: pipeline.cooldownStateMachineArn })[0]
        ?.executionArn ?? '',
    )
    .catch(() => undefined);
  console.log('order workflow: state transitions per path (local executor event log)');
  for (const [path, transitions] of rows) console.log(`  ${String(transitions).padStart(3)}  ${path}`);
  await pipeline.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
