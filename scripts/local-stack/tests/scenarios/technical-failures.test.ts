import { Scenario, tripAlerts } from './scenario-pipeline';

describe('order workflow with a failing gateway', () => {
  let scenario: Scenario;
  beforeEach(async () => {
    scenario = await Scenario.start();
    await scenario.setChaos({ down: true });
  });
  afterEach(async () => scenario.end());

  it('queues the order below the threshold and counts one failure', async () => {
    const order = await scenario.createOrder();
    const execution = await scenario.runOrder(order);
    expect(execution.status).toBe('SUCCEEDED');
    expect(await scenario.order(order.orderId)).toMatchObject({
      status: 'QUEUED',
      attempt: 1,
      lastError: expect.stringContaining('GatewayUnavailable'),
    });
    expect(await scenario.circuit()).toMatchObject({ state: 'CLOSED', failures: 1 });
    const [message] = scenario.queuedMessages();
    expect(message?.body.order).toEqual({ ...order, attempt: 2 });
    expect(message?.delayMs).toBe(30_000);
    expect(scenario.adminAlerts()).toHaveLength(0);
  });

  it('retries a technical failure in place before queueing (3 gateway calls)', async () => {
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    expect(scenario.pipeline.paymentInvocations()).toBe(3);
  });

  it('keeps the original order intact after a Catch', async () => {
    const order = await scenario.createOrder({ amount: 777 });
    const execution = await scenario.runOrder(order);
    const output = JSON.parse(execution.output ?? '{}');
    expect(output.order).toEqual(order);
  });

  it('trips at the threshold: one alert, one cool-down named by the trip, the order queued not failed', async () => {
    await scenario.putCircuit({ state: 'CLOSED', failures: 2 });
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    const circuit = await scenario.circuit();
    // The 40 ms cool-down may already have half-opened it under load; the trip itself is what counts.
    expect(['OPEN', 'HALF_OPEN']).toContain(circuit?.state);
    expect(circuit).toMatchObject({
      failures: 0,
      consecutiveOpens: 1,
      tripId: expect.any(String),
    });
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'QUEUED' });
    await scenario.idle();
    expect(tripAlerts(scenario)).toHaveLength(1);
    const cooldowns = scenario.cooldownExecutions();
    expect(cooldowns).toHaveLength(1);
    expect(cooldowns[0]?.name).toBe(circuit?.tripId);
  });

  it('20 concurrent failing executions trip exactly once: one alert, one cool-down', async () => {
    const orders = await Promise.all(Array.from({ length: 20 }, () => scenario.createOrder()));
    const executions = orders.map((order) => scenario.startOrder(order));
    await Promise.all(
      executions.map((arn) => scenario.runtime.stepFunctions.waitForExecution(arn, { timeoutMs: 30_000 })),
    );
    for (const order of orders)
      expect(await scenario.order(order.orderId)).toMatchObject({ status: 'QUEUED' });
    await scenario.idle();
    expect(tripAlerts(scenario)).toHaveLength(1);
    expect(scenario.cooldownExecutions()).toHaveLength(1);
    expect(scenario.queuedMessages()).toHaveLength(20);
  });

  it('gives up after maxAttempts: FAILED and an alert, nothing queued', async () => {
    const order = await scenario.createOrder();
    const execution = await scenario.runOrder(order, 3);
    expect(execution.status).toBe('SUCCEEDED');
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'FAILED' });
    expect(scenario.queuedMessages()).toHaveLength(0);
    await scenario.idle();
    const alerts = scenario.adminAlerts();
    expect(alerts.some((alert) => alert.Message.includes(order.orderId))).toBe(true);
  });
});
