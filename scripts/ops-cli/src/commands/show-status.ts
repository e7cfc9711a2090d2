import type { OrderStatus, QueueDepth } from '@unstoppable/core';
import type { ApiClient } from '../api-client';

/** One screen of status: circuit, orders by status (most recent 100), queue depth when authorised. */
export async function showStatus(api: ApiClient, withQueue: boolean): Promise<string[]> {
  const circuit = await api.getCircuit();
  const { items: orders } = await api.listOrders({ limit: 100 });
  const tally = new Map<OrderStatus, number>();
  for (const order of orders) tally.set(order.status, (tally.get(order.status) ?? 0) + 1);
  const lines = [
    `circuit: ${circuit.state} (failures ${circuit.failures}${circuit.openedAt ? `, opened ${circuit.openedAt}` : ''}${circuit.probeOwner ? `, probe ${circuit.probeOwner}` : ''})`,
    `orders (last ${orders.length}): ${[...tally].map(([status, n]) => `${status} ${n}`).join(', ') || 'none'}`,
  ];
  if (withQueue) {
    const depth = await api.queueDepth();
    lines.push(
      `retry queue: ${formatDepth(depth.retry)}; dead-letter queue: ${formatDepth(depth.deadLetter)}`,
    );
  }
  return lines;
}

function formatDepth(depth: QueueDepth): string {
  return Object.entries(depth)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ');
}
