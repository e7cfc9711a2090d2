import { countTransitions } from '../../src';
import { Scenario } from './scenario-pipeline';

describe('order workflow with a healthy gateway', () => {
  let scenario: Scenario;
  beforeEach(async () => {
    scenario = await Scenario.start();
  });
  afterEach(async () => scenario.end());

  it('completes a green order in at most 7 transitions without writing the circuit', async () => {
    const order = await scenario.createOrder();
    const execution = await scenario.runOrder(order);
    expect(execution.status).toBe('SUCCEEDED');
    expect(await scenario.order(order.orderId)).toMatchObject({
      status: 'COMPLETED',
      chargeId: expect.stringMatching(/^ch_/),
    });
    expect(await scenario.circuit()).toBeUndefined();
    const transitions = countTransitions(
      scenario.runtime.stepFunctions.getExecutionEvents(execution.executionArn),
    );
    expect(transitions).toBeLessThanOrEqual(7);
    expect(await scenario.ledgerFor(order.orderId)).toHaveLength(1);
  });

  it('emits OrderCompleted, which notifies the customer by email topic', async () => {
    const order = await scenario.createOrder({ amount: 1999 });
    await scenario.runOrder(order);
    await scenario.idle();
    const messages = scenario.customerNotifications();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.Message).toContain(order.orderId);
    expect(messages[0]?.Message).toContain('the payment of 19.99 EUR went through');
  });

  it('ends a declined order DECLINED, notifies the customer and leaves the circuit alone', async () => {
    await scenario.setChaos({ declineRate: 1 });
    const order = await scenario.createOrder();
    const execution = await scenario.runOrder(order);
    expect(execution.status).toBe('SUCCEEDED');
    expect(await scenario.order(order.orderId)).toMatchObject({ status: 'DECLINED' });
    expect(await scenario.circuit()).toBeUndefined();
    await scenario.idle();
    expect(scenario.customerNotifications()[0]?.Message).toContain(order.orderId);
    expect(scenario.adminAlerts()).toHaveLength(0);
  });

  it('resets a non-zero failure count after a success', async () => {
    await scenario.putCircuit({ state: 'CLOSED', failures: 2 });
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    expect(await scenario.circuit()).toMatchObject({ state: 'CLOSED', failures: 0 });
  });

  it('never moves an order out of a final status (a late execution changes nothing)', async () => {
    const order = await scenario.createOrder();
    await scenario.runOrder(order);
    const completed = await scenario.order(order.orderId);
    await scenario.setChaos({ down: true });
    const late = await scenario.runOrder(order, 2);
    expect(late.status).toBe('SUCCEEDED');
    expect(await scenario.order(order.orderId)).toEqual(completed);
    expect(scenario.queuedMessages()).toHaveLength(0);
  });
});
