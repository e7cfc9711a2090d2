import { orderExecutionName } from '@unstoppable/core';
import { doubleCharges } from '@unstoppable/payment-processor';
import { enteredStates, FAST_TIMINGS } from '../../src';
import { call, eventually, orderReaches, placeOrder, useLocalStack } from './http-client';

const stack = useLocalStack();

const setChaos = (chaos: Record<string, unknown>) =>
  call(stack(), 'PUT', '/admin/chaos', { body: chaos, admin: true });

/** The fast preset's cool-down after `opens` opens in a row, in ms (as the cool-down workflow grows it). */
function cooldownMs(opens: number): number {
  const { cooldownSeconds = 0, cooldownCapSeconds = 0 } = FAST_TIMINGS.workflow;
  return Math.min(cooldownSeconds * 2 ** (Math.max(opens, 1) - 1), cooldownCapSeconds) * 1000;
}

/**
 * Waits until the circuit is OPEN with at least `marginMs` of its cool-down left, so orders placed
 * now read OPEN rather than a HALF_OPEN that is about to start.
 */
function circuitOpenFor(marginMs: number) {
  return eventually('the circuit to be OPEN with time left on its cool-down', async () => {
    const { body } = await call(stack(), 'GET', '/circuit');
    if (body.state !== 'OPEN' || !body.openedAt) return undefined;
    const halfOpenAt = Date.parse(body.openedAt) + cooldownMs(body.consecutiveOpens);
    return halfOpenAt - Date.now() >= marginMs ? body : undefined;
  });
}

describe('an outage over HTTP', () => {
  it('trips the circuit, queues the orders, and completes every one after the gateway heals', async () => {
    expect((await setChaos({ down: true })).status).toBe(200);
    const ids = Array.from({ length: 6 }, (_, i) => `outage-order-${i + 1}`);
    for (const id of ids) expect((await placeOrder(stack(), id)).status).toBe(202);

    await eventually('the circuit to open', async () => {
      const { body } = await call(stack(), 'GET', '/circuit');
      return ['OPEN', 'HALF_OPEN'].includes(body.state) ? body : undefined;
    });
    for (const id of ids) await orderReaches(stack(), id, 'QUEUED');
    const queue = await call(stack(), 'GET', '/admin/queue', { admin: true });
    const retry = queue.body.retry;
    expect(retry.messages + retry.delayed + retry.inFlight).toBeGreaterThan(0);
    const alerts = await call(stack(), 'GET', '/admin/notifications', { admin: true });
    expect(alerts.body.items.some((n: { topic: string }) => n.topic === 'local-admin-alerts')).toBe(true);

    // Orders placed while the circuit is OPEN are queued at once, without a gateway call.
    await circuitOpenFor(1500);
    const lateIds = ['outage-late-order-1', 'outage-late-order-2'];
    for (const id of lateIds) expect((await placeOrder(stack(), id)).status).toBe(202);
    for (const id of lateIds) {
      const queued = await orderReaches(stack(), id, 'QUEUED');
      expect(queued.history).toEqual([
        expect.objectContaining({ status: 'PENDING', attempt: 1 }),
        expect.objectContaining({ status: 'QUEUED', attempt: 1, error: 'CircuitOpen' }),
      ]);
      const [firstAttempt] = stack()
        .pipeline.runtime.stepFunctions.listExecutions({
          stateMachineArn: stack().pipeline.orderStateMachineArn,
        })
        .filter((execution) => execution.name === orderExecutionName(id, 1));
      if (!firstAttempt) throw new Error(`no first execution for ${id}`);
      const states = enteredStates(
        stack().pipeline.runtime.stepFunctions.getExecutionEvents(firstAttempt.executionArn),
      );
      expect(states.map((state) => state.name)).toEqual(
        expect.arrayContaining(['CircuitNotClosed', 'MarkOrderQueued']),
      );
      expect(states.map((state) => state.name)).not.toContain('Charge');
    }

    expect((await setChaos({ down: false })).status).toBe(200);
    const allIds = [...ids, ...lateIds];
    for (const id of allIds) await orderReaches(stack(), id, 'COMPLETED', 60_000);
    await eventually('the circuit to close', async () => {
      const { body } = await call(stack(), 'GET', '/circuit');
      return body.state === 'CLOSED' ? body : undefined;
    });
    const ledger = await stack().pipeline.worker.ledger.entries();
    expect(doubleCharges(ledger)).toEqual([]);
    const captured = ledger.filter((entry) => entry.outcome === 'CAPTURED').map((entry) => entry.orderId);
    expect(captured.sort()).toEqual([...allIds].sort());
  }, 120_000);
});
