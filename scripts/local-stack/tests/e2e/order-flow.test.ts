import { call, eventually, orderBody, orderReaches, placeOrder, useLocalStack } from './http-client';

const stack = useLocalStack();

describe('the local stack over HTTP', () => {
  it('charges a green order to COMPLETED and notifies the customer', async () => {
    const placed = await placeOrder(stack(), 'green-order-1', orderBody('green@example.com'));
    expect(placed.status).toBe(202);
    expect(placed.headers.get('location')).toBe('/orders/green-order-1');
    expect(placed.body).toMatchObject({ orderId: 'green-order-1', status: 'PENDING' });

    const order = await orderReaches(stack(), 'green-order-1', 'COMPLETED');
    expect(order.history.map((h: { status: string }) => h.status)).toEqual(['PENDING', 'COMPLETED']);
    const notification = await eventually('the customer notification', async () => {
      const { body } = await call(stack(), 'GET', '/admin/notifications', { admin: true });
      return body.items.find((n: { message: string }) => n.message.includes('green-order-1'));
    });
    expect(notification.topic).toBe('local-customer-notifications');
    expect(notification.message).toBe(
      'Your order green-order-1 is confirmed: the payment of 24.00 EUR went through.',
    );
  });

  it('returns the same order for a repeated POST and never creates a second one', async () => {
    const first = await placeOrder(stack(), 'retried-post-1');
    const again = await placeOrder(stack(), 'retried-post-1');
    expect(first.status).toBe(202);
    expect(again.status).toBe(200);
    expect(again.body.orderId).toBe(first.body.orderId);
    const conflicting = await placeOrder(stack(), 'retried-post-1', {
      ...orderBody(),
      amount: 1200,
      items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1200 }],
    });
    expect(conflicting.status).toBe(409);
    const completed = await orderReaches(stack(), 'retried-post-1', 'COMPLETED');
    const charges = (await stack().pipeline.worker.ledger.entries()).filter(
      (entry) => entry.orderId === 'retried-post-1',
    );
    expect(charges).toEqual([
      expect.objectContaining({
        outcome: 'CAPTURED',
        chargeId: completed.chargeId,
        amount: orderBody().amount,
        currency: 'EUR',
      }),
    ]);
    const { body } = await call(stack(), 'GET', '/orders?limit=100');
    expect(body.items.filter((o: { orderId: string }) => o.orderId === 'retried-post-1')).toHaveLength(1);
    const executions = stack()
      .pipeline.runtime.stepFunctions.listExecutions({
        stateMachineArn: stack().pipeline.orderStateMachineArn,
      })
      .filter((execution) => execution.name.startsWith('retried-post-1'));
    expect(executions).toHaveLength(1);
  });

  it('answers the circuit and health routes', async () => {
    expect((await call(stack(), 'GET', '/health')).body).toEqual({ status: 'ok' });
    const circuit = await call(stack(), 'GET', '/circuit');
    expect(circuit.status).toBe(200);
    expect(circuit.body.state).toBe('CLOSED');
  });
});
