import { Scenario, waitFor } from './scenario-pipeline';

describe('order workflow while the circuit is open', () => {
  let scenario: Scenario;
  beforeEach(async () => {
    scenario = await Scenario.start();
  });
  afterEach(async () => scenario.end());

  it('queues orders with zero gateway calls while OPEN', async () => {
    await scenario.putCircuit({
      state: 'OPEN',
      tripId: 'trip-open-1',
      openedAt: new Date().toISOString(),
      consecutiveOpens: 1,
    });
    const orders = await Promise.all([
      scenario.createOrder(),
      scenario.createOrder(),
      scenario.createOrder(),
    ]);
    await Promise.all(orders.map((order) => scenario.runOrder(order)));
    expect(scenario.pipeline.paymentInvocations()).toBe(0);
    for (const order of orders)
      expect(await scenario.order(order.orderId)).toMatchObject({ status: 'QUEUED' });
    expect(scenario.queuedMessages()).toHaveLength(3);
    expect(scenario.adminAlerts()).toHaveLength(0);
  });

  it('keeps FORCED_OPEN through a cool-down of the same trip', async () => {
    await scenario.putCircuit({ state: 'FORCED_OPEN', tripId: 'trip-forced-1', consecutiveOpens: 1 });
    const cooldown = scenario.startCooldown('trip-forced-1');
    const done = await scenario.runtime.stepFunctions.waitForExecution(cooldown, {
      timeoutMs: 10_000,
    });
    expect(done.status).toBe('SUCCEEDED');
    expect(await scenario.circuit()).toMatchObject({ state: 'FORCED_OPEN', tripId: 'trip-forced-1' });
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    expect(scenario.pipeline.paymentInvocations()).toBe(0);
  });

  it('moves OPEN to HALF_OPEN after the cool-down of the current trip', async () => {
    await scenario.putCircuit({ state: 'OPEN', tripId: 'trip-cool-1', consecutiveOpens: 1 });
    const cooldown = scenario.startCooldown('trip-cool-1');
    await waitFor(async () => (await scenario.circuit())?.state === 'HALF_OPEN');
    expect(await scenario.circuit()).toMatchObject({ state: 'HALF_OPEN', tripId: 'trip-cool-1' });
    await scenario.resetCircuit();
    await scenario.runtime.stepFunctions.waitForExecution(cooldown, { timeoutMs: 10_000 });
  });

  it('lets a manual reset supersede a running cool-down', async () => {
    await scenario.putCircuit({ state: 'OPEN', tripId: 'trip-reset-1', consecutiveOpens: 1 });
    const cooldown = scenario.startCooldown('trip-reset-1');
    await scenario.resetCircuit();
    const done = await scenario.runtime.stepFunctions.waitForExecution(cooldown, {
      timeoutMs: 10_000,
    });
    expect(done.status).toBe('SUCCEEDED');
    expect(await scenario.circuit()).toMatchObject({ state: 'CLOSED', failures: 0 });
    expect((await scenario.circuit())?.tripId).toBeUndefined();
  });

  it('queues the order when the circuit cannot be read (fail safe)', async () => {
    await scenario.runtime.dynamodb.client.send(
      new (await import('@aws-sdk/client-dynamodb')).DeleteTableCommand({
        TableName: scenario.runtime.tables.circuit,
      }),
    );
    const order = await scenario.createOrder();
    const execution = await scenario.runOrder(order);
    expect(execution.status).toBe('SUCCEEDED');
    expect(scenario.pipeline.paymentInvocations()).toBe(0);
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'QUEUED' });
    expect(scenario.queuedMessages()[0]?.body.order.orderId).toBe(order.orderId);
  });
});
