import { AdminAlertKind, OrderStatus } from '@unstoppable/core';
import { installBreakerVariant } from '../../src/run/breaker-variants';
import { TestPipeline } from '../support/test-pipeline';

describe('breaker variants', () => {
  let test: TestPipeline;

  beforeEach(async () => {
    test = await TestPipeline.start();
  });

  afterEach(async () => {
    await test.end();
  });

  it('no breaker: charges with the in-place retries only, then fails the order with one alert; never touches the circuit', async () => {
    installBreakerVariant(test.stack, 'none', {});
    expect((await test.runOrder()).order).toMatchObject({ status: OrderStatus.COMPLETED, attempt: 1 });
    await test.pipeline.setChaos({ down: true });
    for (let i = 0; i < 4; i += 1) {
      const { order } = await test.runOrder();
      expect(order).toMatchObject({ status: OrderStatus.FAILED, lastError: 'GatewayUnavailable' });
      expect(order.history.map((change) => change.status)).toEqual([OrderStatus.PENDING, OrderStatus.FAILED]);
    }
    expect(test.journal.of('Charge')).toHaveLength(1 + 4 * 3);
    expect(test.journal.all().filter((entry) => entry.alertKind === AdminAlertKind.OrderFailed)).toHaveLength(
      4,
    );
    expect(await test.scan('circuit')).toEqual([]);
    expect(test.pipeline.runtime.retryQueue.depth()).toEqual({ visible: 0, delayed: 0, inFlight: 0 });
    await test.pipeline.setChaos({ declineRate: 1 });
    expect((await test.runOrder()).order.status).toBe(OrderStatus.DECLINED);
  });

  it('admin reset: trips and queues as the design does, but the circuit stays OPEN after the cool-down', async () => {
    installBreakerVariant(test.stack, 'admin-reset', {});
    await test.pipeline.setChaos({ down: true });
    for (let i = 0; i < 3; i += 1) expect((await test.runOrder()).order.status).toBe(OrderStatus.QUEUED);
    const { stepFunctions } = test.pipeline.runtime;
    await stepFunctions.waitForIdle();
    const cooldowns = stepFunctions.listExecutions({
      stateMachineArn: test.pipeline.cooldownStateMachineArn,
    });
    expect(cooldowns.map((execution) => execution.status)).toEqual(['SUCCEEDED']);
    // Ten times the (scaled) cool-down later, nobody half-opened it.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await test.scan('circuit'))[0]).toMatchObject({ state: 'OPEN' });
    await test.pipeline.setChaos({ down: false });
    const { order } = await test.runOrder();
    expect(order).toMatchObject({ status: OrderStatus.QUEUED, lastError: 'CircuitOpen' });
  });

  it('full design: leaves both workflows as the stack registered them', async () => {
    installBreakerVariant(test.stack, 'full', {});
    await test.pipeline.setChaos({ down: true });
    for (let i = 0; i < 3; i += 1) await test.runOrder();
    // The real cool-down half-opens the circuit after its (scaled) wait.
    for (
      let tries = 0;
      tries < 50 && test.journal.of('OpenToHalfOpen', { succeeded: true }).length === 0;
      tries += 1
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await test.scan('circuit'))[0]).toMatchObject({ state: 'HALF_OPEN' });
  });
});
