import { Scenario, tripAlerts, waitFor } from './scenario-pipeline';

describe('order workflow while the circuit is HALF_OPEN', () => {
  let scenario: Scenario;
  beforeEach(async () => {
    scenario = await Scenario.start();
    await scenario.putCircuit({
      state: 'HALF_OPEN',
      tripId: 'trip-probe-1',
      consecutiveOpens: 1,
      openedAt: new Date().toISOString(),
    });
  });
  afterEach(async () => scenario.end());

  it('closes the circuit and clears its counters after a successful probe', async () => {
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'COMPLETED' });
    const circuit = await scenario.circuit();
    expect(circuit).toMatchObject({ state: 'CLOSED', failures: 0, consecutiveOpens: 0, probeSuccesses: 0 });
    expect(circuit?.tripId).toBeUndefined();
    expect(circuit?.probeOwner).toBeUndefined();
  });

  it('closes the circuit when the probe gets a decline (a healthy answer)', async () => {
    await scenario.setChaos({ declineRate: 1 });
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'DECLINED' });
    expect(await scenario.circuit()).toMatchObject({ state: 'CLOSED' });
  });

  it('reopens with a new trip and a longer cool-down when the probe fails', async () => {
    await scenario.setChaos({ down: true });
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    const circuit = await scenario.circuit();
    expect(circuit).toMatchObject({ state: 'OPEN', consecutiveOpens: 2 });
    expect(circuit?.tripId).not.toBe('trip-probe-1');
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'QUEUED' });
    const [cooldown] = scenario.cooldownExecutions();
    expect(cooldown?.name).toBe(circuit?.tripId);
    const waits = scenario.runtime.stepFunctions
      .getExecutionEvents(cooldown?.executionArn ?? '')
      .filter((event) => event.type === 'StateEntered' && event.stateType === 'Wait')
      .map((event) => event.stateName);
    expect(waits[0]).toMatch(/4/);
    await scenario.resetCircuit();
    await scenario.idle();
    // One alert per outage: the first trip alerts, a reopen after a failed probe does not.
    expect(tripAlerts(scenario)).toHaveLength(0);
  });

  it('lets exactly one of two concurrent executions call the gateway', async () => {
    await scenario.setChaos({ latencyMs: 200 });
    const [first, second] = await Promise.all([scenario.createOrder(), scenario.createOrder()]);
    if (!first || !second) throw new Error('orders not created');
    await Promise.all([scenario.runOrder(first), scenario.runOrder(second)]);
    expect(scenario.pipeline.paymentInvocations()).toBe(1);
    const statuses = [
      (await scenario.order(first.orderId)).status,
      (await scenario.order(second.orderId)).status,
    ].sort();
    expect(statuses).toEqual(['COMPLETED', 'QUEUED']);
  });

  it('clears a dead probe owner after the lease so another execution can probe', async () => {
    await scenario.putCircuit({
      state: 'HALF_OPEN',
      tripId: 'trip-probe-1',
      consecutiveOpens: 1,
      probeOwner: 'dead-execution',
      probeClaimedAt: new Date().toISOString(),
    });
    const watcher = scenario.startCooldown('trip-probe-1');
    await scenario.putCircuit({
      state: 'HALF_OPEN',
      tripId: 'trip-probe-1',
      consecutiveOpens: 1,
      probeOwner: 'dead-execution',
      probeClaimedAt: new Date().toISOString(),
    });
    await waitFor(async () => (await scenario.circuit())?.probeOwner === undefined);
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'COMPLETED' });
    expect(await scenario.circuit()).toMatchObject({ state: 'CLOSED' });
    await scenario.runtime.stepFunctions.waitForExecution(watcher, { timeoutMs: 10_000 });
  });
});
