import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CIRCUIT_IDS, DEMO_PAYMENT_TOKEN } from '@unstoppable/core';
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
  const setCircuit = (item: Record<string, unknown>) =>
    DynamoDBDocumentClient.from(runtime.dynamodb.client).send(
      new PutCommand({
        TableName: runtime.tables.circuit,
        Item: {
          circuitId: CIRCUIT_IDS.paymentGateway,
          failures: 0,
          consecutiveOpens: 0,
          probeSuccesses: 0,
          ...item,
        },
      }),
    );
  let sequence = 0;
  const run = async (): Promise<number> => {
    sequence += 1;
    const order = await pipeline.storeOrder(`tc-order-${sequence}-path`, {
      customer: { id: 'c', email: 'c@example.com' },
      items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1000 }],
      amount: 1000,
      currency: 'EUR',
      paymentToken: DEMO_PAYMENT_TOKEN,
    });
    const executionArn = pipeline.startOrder(order);
    await runtime.stepFunctions.waitForExecution(executionArn);
    return countTransitions(runtime.stepFunctions.getExecutionEvents(executionArn));
  };
  const rows: [string, number][] = [];
  rows.push(['green (CLOSED, captured)', await run()]);
  await pipeline.setChaos({ declineRate: 1 });
  rows.push(['declined', await run()]);
  await pipeline.setChaos({ down: true });
  rows.push(['technical failure, queued (2 in-place retries)', await run()]);
  await setCircuit({ state: 'OPEN', tripId: 'tc-trip' });
  rows.push(['circuit OPEN, queued without a gateway call', await run()]);
  await setCircuit({ state: 'CLOSED', failures: 2 });
  rows.push(['technical failure that trips the circuit', await run()]);
  console.log('order workflow: state transitions per path (local executor event log)');
  for (const [path, transitions] of rows) console.log(`  ${String(transitions).padStart(3)}  ${path}`);
  await pipeline.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
