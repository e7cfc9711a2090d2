import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DEMO_CATALOG, ORDER_LIST_KEY, orderExecutionName, type WorkflowOrder } from '@unstoppable/core';
import { startPaymentPipeline } from '../payment-pipeline';

/**
 * `npm start`: the local pipeline as it exists today (DynamoDB, queues, topics, bus, both
 * workflows and the payment worker), with one demo order run through it. The HTTP order API and
 * dashboard are not served yet.
 */
async function main(): Promise<void> {
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const started = performance.now();
  // 1. Runtime and workflows, with fast timings for a demo.
  const pipeline = await startPaymentPipeline({
    prefix: 'local',
    workflowSettings: {
      cooldownSeconds: 5,
      cooldownCapSeconds: 30,
      retryDelaySeconds: 5,
      paymentTimeoutSeconds: 5,
      probeLeaseSeconds: 30,
    },
  });
  const { runtime } = pipeline;
  console.log(`local pipeline ready in ${Math.round(performance.now() - started)} ms`);
  console.log(`  DynamoDB (dynalite): ${runtime.dynamodb.endpoint}`);
  console.log(`  order workflow:      ${pipeline.orderStateMachineArn}`);
  console.log(`  cool-down workflow:  ${pipeline.cooldownStateMachineArn}`);
  // 2. One demo order, written as the order API writes it, then charged by the workflow.
  const product = DEMO_CATALOG[0];
  if (!product) throw new Error('the demo catalog is empty');
  const order: WorkflowOrder = {
    orderId: `demo-${Date.now()}`,
    customer: { id: 'demo', email: 'demo@example.com' },
    amount: product.unitPrice,
    currency: product.currency,
    attempt: 1,
  };
  const now = new Date().toISOString();
  await DynamoDBDocumentClient.from(runtime.dynamodb.client).send(
    new PutCommand({
      TableName: runtime.tables.orders,
      Item: {
        ...order,
        items: [{ sku: product.sku, quantity: 1, unitPrice: product.unitPrice }],
        paymentToken: 'tok_demo4242visa',
        status: 'PENDING',
        listKey: ORDER_LIST_KEY,
        createdAt: now,
        updatedAt: now,
        history: [{ status: 'PENDING', at: now, attempt: 1 }],
      },
    }),
  );
  const { executionArn } = runtime.stepFunctions.startExecution({
    stateMachineArn: pipeline.orderStateMachineArn,
    name: orderExecutionName(order.orderId, 1),
    input: { order } as never,
  });
  const execution = await runtime.stepFunctions.waitForExecution(executionArn);
  await runtime.topics.flush();
  console.log(`demo order ${order.orderId}: execution ${execution.status}`);
  for (const note of runtime.topics.outbox(runtime.customerTopicArn))
    console.log(`  customer notified: ${note.Message}`);
  console.log('running; Ctrl-C to stop');
  const stop = async () => {
    await pipeline.end();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
