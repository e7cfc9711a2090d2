import type { ChaosConfig, ChaosView, OrderStatus } from '@unstoppable/core';
import { ORDER_API_LIMITS } from '@unstoppable/core';
import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client';
import { OrdersChart } from '../chart/OrdersChart';
import { AdminTokenMissingError, ApiError } from '../errors';
import { ApiErrorAlert } from '../ui/ApiErrorAlert';
import { usePolling } from '../ui/use-polling';
import { ChaosPanel } from './ChaosPanel';
import { CircuitPanel } from './CircuitPanel';
import { NotificationsFeed } from './NotificationsFeed';
import { OrdersTable } from './OrdersTable';
import { QueuePanel } from './QueuePanel';

/**
 * Refresh periods of the dashboard's panels. The next load starts this long after the previous
 * one settled, so the circuit and the orders stay under 1 s behind the API locally.
 */
export const ADMIN_POLL_MS = { circuit: 500, orders: 500, queue: 2000, notifications: 2000 } as const;

const PAGE = ORDER_API_LIMITS.maxPageSize;

export interface AdminDashboardProps {
  readonly api: ApiClient;
  /** Called once when the API refuses the token (401) or none is stored: the page asks for it again. */
  readonly onUnauthorized: (error: unknown) => void;
}

const refusesToken = (error: unknown): boolean =>
  (error instanceof ApiError && error.status === 401) || error instanceof AdminTokenMissingError;

/** Everything on the admin page once a token is known; errors of every call land in one alert region. */
export function AdminDashboard({ api, onUnauthorized }: AdminDashboardProps) {
  const [status, setStatus] = useState<OrderStatus | ''>('');
  const [actionError, setActionError] = useState<unknown>();
  const [chaos, setChaos] = useState<{ view?: ChaosView; error?: unknown }>({});

  const circuit = usePolling((signal) => api.getCircuit({ signal }), { intervalMs: ADMIN_POLL_MS.circuit });
  const recent = usePolling((signal) => api.listOrders({ limit: PAGE }, { signal }), {
    intervalMs: ADMIN_POLL_MS.orders,
  });
  const filtered = usePolling(
    (signal) => api.listOrders({ status: status || undefined, limit: PAGE }, { signal }),
    {
      intervalMs: ADMIN_POLL_MS.orders,
      enabled: status !== '',
      resetKey: status,
    },
  );
  const queue = usePolling((signal) => api.getQueueStats({ signal }), { intervalMs: ADMIN_POLL_MS.queue });
  const notifications = usePolling((signal) => api.listNotifications({ limit: 20 }, { signal }), {
    intervalMs: ADMIN_POLL_MS.notifications,
  });

  useEffect(() => {
    const controller = new AbortController();
    api.getChaos({ signal: controller.signal }).then(
      (view) => setChaos({ view }),
      (error: unknown) => {
        if (!controller.signal.aborted) setChaos({ error });
      },
    );
    return () => controller.abort();
  }, [api]);

  /** Runs an admin action, reports its error, and refreshes what it changed. */
  const act = useCallback(
    async <T,>(action: () => Promise<T>, after?: () => void): Promise<T | undefined> => {
      setActionError(undefined);
      try {
        const result = await action();
        after?.();
        return result;
      } catch (error) {
        setActionError(error);
        return undefined;
      }
    },
    [],
  );

  const errors = [
    actionError,
    circuit.error,
    recent.error,
    filtered.error,
    queue.error,
    notifications.error,
    chaos.error,
  ];
  const refusal = errors.find(refusesToken);
  useEffect(() => {
    if (refusal !== undefined) onUnauthorized(refusal);
  }, [refusal, onUnauthorized]);

  const { refresh: refreshCircuit } = circuit;
  const table = status === '' ? recent : filtered;
  return (
    <>
      <ApiErrorAlert errors={errors} />
      <div className="admin-grid">
        <CircuitPanel
          circuit={circuit.data}
          onReset={() => act(() => api.resetCircuit(), refreshCircuit)}
          onForceOpen={(reason) => act(() => api.forceOpenCircuit(reason ? { reason } : {}), refreshCircuit)}
        />
        <QueuePanel stats={queue.data} />
        <ChaosPanel
          chaos={chaos.view}
          loadFailed={chaos.error !== undefined}
          onApply={(config: ChaosConfig) => act(() => api.updateChaos(config))}
        />
      </div>
      <OrdersChart orders={recent.data?.items ?? []} now={recent.loadedAt ?? Date.now()} />
      <OrdersTable
        orders={table.data?.items}
        status={status}
        onStatus={setStatus}
        truncated={table.data?.nextCursor !== undefined}
      />
      <NotificationsFeed notifications={notifications.data?.items} />
    </>
  );
}
