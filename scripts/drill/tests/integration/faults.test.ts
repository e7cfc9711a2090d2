import { OrderStatus } from '@unstoppable/core';
import { QueueRegistry } from '@unstoppable/local-stack';
import {
  circuitReadThrottling,
  deliverEverythingTwice,
  probeDeath,
  redriveAbortedOrders,
  workerCrash,
} from '../../src';
import { TestPipeline } from '../support/test-pipeline';

describe('fault injectors', () => {
  let test: TestPipeline;

  beforeEach(async () => {
    test = await TestPipeline.start();
  });

  afterEach(async () => {
    await test.end();
  });

  it('throttling: the circuit read fails as DynamoDB throttling, is retried, and the order is queued, not charged', async () => {
    const fault = circuitReadThrottling(1);
    fault.install?.(test.context());
    await fault.start(test.context());
    const { order, status } = await test.runOrder();
    expect(status).toBe('SUCCEEDED');
    expect(order.status).toBe(OrderStatus.QUEUED);
    expect(order.lastError).toBe('DynamoDB.ProvisionedThroughputExceededException');
    expect(test.journal.of('Charge')).toHaveLength(0);
    expect(fault.injected()).toEqual({ 'throttled circuit reads': 4 }); // the read and its 3 retries
    await fault.heal(test.context());
    expect((await test.runOrder()).order.status).toBe(OrderStatus.COMPLETED);
    expect(fault.injected()).toEqual({ 'throttled circuit reads': 4 });
  });

  it('worker crash: the gateway charged, the workflow sees Runtime.ExitError, the idempotency record stays IN_PROGRESS', async () => {
    const fault = workerCrash(1);
    fault.install?.(test.context());
    const { runtime, refs } = test.pipeline;
    runtime.lambdas.updateFunctionConfiguration(refs.paymentFunctionArn, { timeoutSeconds: 0.5 });
    await fault.start(test.context());
    const { order } = await test.runOrder();
    expect(order.status).toBe(OrderStatus.QUEUED);
    expect(order.lastError).toBe('Runtime.ExitError');
    expect(fault.injected()).toEqual({ 'worker crashes after the charge': 1 });
    const ledger = await test.scan('ledger');
    expect(ledger).toEqual([expect.objectContaining({ orderId: order.orderId, outcome: 'CAPTURED' })]);
    expect(await test.scan('idempotency')).toEqual([expect.objectContaining({ status: 'INPROGRESS' })]);
    await fault.heal(test.context());
    // Once the function timeout has passed, the next attempt charges again: the gateway replays.
    await new Promise((resolve) => setTimeout(resolve, 600));
    const retry = test.pipeline.startOrder(order, 2);
    await runtime.stepFunctions.waitForExecution(retry);
    const settled = await test.order(order.orderId);
    expect(settled.status).toBe(OrderStatus.COMPLETED);
    expect(settled.chargeId).toBe(ledger[0]?.chargeId);
    expect(await test.scan('ledger')).toEqual([
      expect.objectContaining({ outcome: 'CAPTURED', requests: 2 }),
    ]);
  });

  it('probe death: the execution holding the HALF_OPEN probe is stopped mid-charge; the redrive queues its next attempt', async () => {
    const fault = probeDeath();
    fault.install?.(test.context());
    await fault.heal(test.context()); // armed from the heal on
    await test.setCircuit({ state: 'HALF_OPEN', tripId: 'trip-1' });
    const { order, executionArn, status } = await test.runOrder();
    expect(status).toBe('ABORTED');
    expect(order.status).toBe(OrderStatus.PENDING);
    expect(fault.injected()).toEqual({ 'probe kills': 1 });
    const [circuit] = await test.scan('circuit');
    expect(circuit).toMatchObject({ state: 'HALF_OPEN', probeOwner: executionArn.split(':').at(-1) });

    const queue = test.pipeline.runtime.retryQueue;
    expect(await redriveAbortedOrders(test.stack, new Set())).toEqual([order.orderId]);
    expect(await redriveAbortedOrders(test.stack, new Set([order.orderId]))).toEqual([]);
    const [message] = queue.receiveMessage({ MaxNumberOfMessages: 10 }).Messages;
    expect(JSON.parse(message?.Body ?? '{}')).toMatchObject({
      order: { orderId: order.orderId, attempt: 2 },
    });
    // Only the first probe after the heal dies.
    await test.setCircuit({ state: 'HALF_OPEN', tripId: 'trip-2' });
    expect((await test.runOrder()).order.status).toBe(OrderStatus.COMPLETED);
  });
});

describe('deliverEverythingTwice', () => {
  it('delivers every message a second time with the same id, then deletes it, until undone', () => {
    const queue = new QueueRegistry().createQueue('twice');
    const { redelivered, undo } = deliverEverythingTwice(queue);
    queue.sendMessage({ MessageBody: 'a' });
    queue.sendMessage({ MessageBody: 'b' });
    const deliveries: string[] = [];
    for (let round = 0; round < 4; round += 1) {
      for (const message of queue.receiveMessage({ MaxNumberOfMessages: 10 }).Messages) {
        deliveries.push(`${message.Body}:${message.Attributes.ApproximateReceiveCount}`);
        queue.deleteMessage({ ReceiptHandle: message.ReceiptHandle });
      }
    }
    expect(deliveries.sort()).toEqual(['a:1', 'a:2', 'b:1', 'b:2']);
    expect(redelivered()).toBe(2);
    expect(queue.depth()).toEqual({ visible: 0, delayed: 0, inFlight: 0 });
    undo();
    queue.sendMessage({ MessageBody: 'c' });
    const [message] = queue.receiveMessage().Messages;
    queue.deleteMessage({ ReceiptHandle: message?.ReceiptHandle ?? '' });
    expect(queue.receiveMessage().Messages).toEqual([]);
  });
});
