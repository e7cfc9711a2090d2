import type { OrderView } from '@unstoppable/core';
import { ORDER_STATUSES } from '@unstoppable/core';
import { useId } from 'react';
import { formatMinute } from '../format/format';
import { useElementWidth } from '../ui/use-element-width';
import { bucketOrdersByMinute } from './bucket-orders';

export interface OrdersChartProps {
  readonly orders: readonly OrderView[];
  /** Epoch ms; the last bar is this minute. */
  readonly now: number;
  /** @default 10 */
  readonly minutes?: number;
}

const HEIGHT = 200;
/** Narrowest room for one minute's axis label, in pixels. */
const LABEL_ROOM = 44;
const PAD = { top: 12, right: 8, bottom: 28, left: 32 };

/** A stacked bar per minute: how many orders reached each status in it (last `minutes` minutes). */
export function OrdersChart({ orders, now, minutes = 10 }: OrdersChartProps) {
  const [box, width] = useElementWidth<HTMLDivElement>(640);
  const titleId = useId();
  const descId = useId();
  const buckets = bucketOrdersByMinute(orders, { now, minutes });
  const highest = Math.max(1, ...buckets.map((bucket) => bucket.total));
  // An even top keeps the middle grid line on a whole number.
  const max = highest % 2 === 0 ? highest : highest + 1;
  const plotWidth = Math.max(1, width - PAD.left - PAD.right);
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotWidth / buckets.length;
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = Math.max(1, Math.ceil(LABEL_ROOM / slot));
  const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
  const totals = ORDER_STATUSES.map(
    (status) => [status, buckets.reduce((sum, bucket) => sum + bucket.counts[status], 0)] as const,
  );
  const summary = totals.map(([status, count]) => `${status} ${count}`).join(', ');
  return (
    <section className="panel" aria-labelledby={`${titleId}-heading`} data-testid="orders-chart-panel">
      <h2 id={`${titleId}-heading`}>Orders per status, last {minutes} minutes</h2>
      <div ref={box} className="chart-box">
        <svg
          className="orders-chart"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby={`${titleId} ${descId}`}
          data-testid="orders-chart"
        >
          <title id={titleId}>Orders per status per minute</title>
          <desc id={descId}>{`Over the last ${minutes} minutes: ${summary}.`}</desc>
          {[0, 0.5, 1].map((fraction) => (
            <g key={fraction} className="chart-grid">
              <line x1={PAD.left} x2={width - PAD.right} y1={y(max * fraction)} y2={y(max * fraction)} />
              <text x={PAD.left - 6} y={y(max * fraction) + 4} textAnchor="end">
                {max * fraction}
              </text>
            </g>
          ))}
          {buckets.map((bucket, index) => {
            const x = PAD.left + index * slot + (slot - barWidth) / 2;
            let base = 0;
            return (
              <g key={bucket.start} data-testid="orders-chart-bar" data-total={bucket.total}>
                {ORDER_STATUSES.filter((status) => bucket.counts[status] > 0).map((status) => {
                  const count = bucket.counts[status];
                  const top = y(base + count);
                  const height = y(base) - top;
                  base += count;
                  return (
                    <rect
                      key={status}
                      className={`bar fill-${status}`}
                      x={x}
                      y={top}
                      width={barWidth}
                      height={height}
                    >
                      <title>{`${formatMinute(bucket.start)} ${status}: ${count}`}</title>
                    </rect>
                  );
                })}
                {(buckets.length - 1 - index) % labelEvery === 0 ? (
                  <text className="chart-axis" x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle">
                    {formatMinute(bucket.start)}
                  </text>
                ) : null}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="legend">
        {totals.map(([status, count]) => (
          <li key={status}>
            <span className={`swatch fill-${status}`} aria-hidden="true" />
            {status} <span data-testid={`orders-chart-total-${status}`}>{count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
