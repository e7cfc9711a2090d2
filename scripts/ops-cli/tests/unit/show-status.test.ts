import type { ApiClient } from '../../src';
import { showStatus } from '../../src/commands/show-status';

describe('showStatus', () => {
  const api = {
    getCircuit: async () => ({ state: 'OPEN', failures: 0, openedAt: '2026-11-28T10:00:00.000Z' }),
    listOrders: async () => ({
      items: [{ status: 'QUEUED' }, { status: 'QUEUED' }, { status: 'COMPLETED' }],
    }),
    queueDepth: async () => ({
      retry: { messages: 1, delayed: 2, inFlight: 0 },
      deadLetter: { messages: 0, delayed: 0, inFlight: 0 },
    }),
  } as unknown as ApiClient;

  it('summarises the circuit, orders by status and queue depth from the API shapes', async () => {
    expect(await showStatus(api, true)).toEqual([
      'circuit: OPEN (failures 0, opened 2026-11-28T10:00:00.000Z)',
      'orders (last 3): QUEUED 2, COMPLETED 1',
      'retry queue: messages 1, delayed 2, inFlight 0; dead-letter queue: messages 0, delayed 0, inFlight 0',
    ]);
  });

  it('leaves queue depth out without an admin token', async () => {
    expect(await showStatus(api, false)).toHaveLength(2);
  });
});
