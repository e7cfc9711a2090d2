import { DEMO_CATALOG, DEMO_PAYMENT_TOKEN } from '@unstoppable/core';
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
  // 2. One demo order, stored as the order API stores it, then charged by the workflow.
  const product = DEMO_CATALOG[0];
  if (!product) throw new Error('the demo catalog is empty');
  const order = await pipeline.storeOrder(`demo-${Date.now()}`, {
    customer: { id: 'demo', email: 'demo@example.com' },
    items: [{ sku: product.sku, quantity: 1, unitPrice: product.unitPrice }],
    amount: product.unitPrice,
    currency: product.currency,
    paymentToken: DEMO_PAYMENT_TOKEN,
  });
  const execution = await runtime.stepFunctions.waitForExecution(pipeline.startOrder(order));
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
