import type { OrderStatus, OrderView } from '@unstoppable/core';
import { ORDER_STATUSES } from '@unstoppable/core';
import { formatDateTime, formatMoney, MISSING } from '../format/format';

export interface OrdersTableProps {
  readonly orders?: readonly OrderView[];
  /** '' for every status. */
  readonly status: OrderStatus | '';
  readonly onStatus: (status: OrderStatus | '') => void;
  /** True when more orders exist than the page shows. */
  readonly truncated: boolean;
}

const isStatus = (value: string): value is OrderStatus =>
  (ORDER_STATUSES as readonly string[]).includes(value);

/**
 * The latest orders, newest first, with a status filter. On a phone each row is a small card
 * (labels from `data-label`); between that and a wide screen the table scrolls sideways.
 */
export function OrdersTable({ orders, status, onStatus, truncated }: OrdersTableProps) {
  return (
    <section className="panel" aria-labelledby="orders-heading" data-testid="orders-panel">
      <div className="panel-header">
        <h2 id="orders-heading">Orders</h2>
        <div className="field inline">
          <label htmlFor="orders-status-filter">Status filter</label>
          <select
            id="orders-status-filter"
            value={status}
            onChange={(event) => {
              const value = event.currentTarget.value;
              onStatus(isStatus(value) ? value : '');
            }}
            data-testid="orders-status-filter"
          >
            <option value="">All statuses</option>
            {ORDER_STATUSES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {candidate}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted small" data-testid="orders-count" aria-live="polite">
        {orders === undefined
          ? 'Loading orders…'
          : `${orders.length}${truncated ? '+' : ''} ${status || 'recent'} order${orders.length === 1 ? '' : 's'}, newest first`}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it. */}
      <section className="table-scroll" aria-label="Orders table, scrolls sideways" tabIndex={0}>
        <table className="orders-table" data-testid="orders-table">
          <thead>
            <tr>
              <th scope="col">Order id</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last error</th>
              <th scope="col" className="numeric">
                Amount
              </th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {(orders ?? []).map((order) => (
              <tr
                key={order.orderId}
                data-testid="order-row"
                data-order-id={order.orderId}
                data-status={order.status}
              >
                <td data-label="Order id">
                  <code>{order.orderId}</code>
                </td>
                <td data-label="Status">
                  <span className={`status-pill status-${order.status}`} data-testid="order-row-status">
                    {order.status}
                  </span>
                </td>
                <td className="numeric" data-label="Attempts" data-testid="order-row-attempts">
                  {order.attempt}
                </td>
                <td className="error-cell" data-label="Last error" data-testid="order-row-last-error">
                  {order.lastError ?? order.declineReason ?? MISSING}
                </td>
                <td className="numeric" data-label="Amount">
                  {formatMoney(order.amount, order.currency)}
                </td>
                <td data-label="Created">
                  <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time>
                </td>
              </tr>
            ))}
            {orders !== undefined && orders.length === 0 ? (
              <tr>
                <td colSpan={6} className="muted" data-testid="orders-empty">
                  No orders{status ? ` with status ${status}` : ''} yet.
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </section>
    </section>
  );
}
