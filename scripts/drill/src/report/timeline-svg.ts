import { type CircuitState, ORDER_STATUSES, type OrderStatus } from '@unstoppable/core';

/** One panel of the chart: a scenario's orders by status over time, circuit state shaded. */
export interface TimelinePanel {
  readonly title: string;
  /** Length of the time axis, in ms. */
  readonly durationMs: number;
  /** Order counts by status, `t` in ms from the panel's start. */
  readonly points: readonly { readonly t: number; readonly counts: Partial<Record<OrderStatus, number>> }[];
  /** Periods the circuit was not CLOSED. */
  readonly circuit: readonly { readonly from: number; readonly to: number; readonly state: CircuitState }[];
  /** Vertical markers (fault start, heal, operator reset). */
  readonly markers: readonly { readonly t: number; readonly label: string }[];
}

export const STATUS_COLORS: Readonly<Record<OrderStatus, string>> = {
  PENDING: '#8c8c8c',
  QUEUED: '#e69f00',
  COMPLETED: '#009e73',
  DECLINED: '#7b5ea7',
  FAILED: '#d55e00',
};

export const CIRCUIT_COLORS: Readonly<Record<CircuitState, string>> = {
  CLOSED: 'none',
  OPEN: '#f4c7c3',
  HALF_OPEN: '#fff2b3',
  FORCED_OPEN: '#e6a1a1',
};

const WIDTH = 960;
const PANEL_HEIGHT = 230;
const MARGIN = { left: 56, right: 16, top: 46, bottom: 30 };
const LEGEND_HEIGHT = 28;

/** Escapes text for SVG content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}

/** A round step for about `target` ticks over `max` (1, 2 or 5 times a power of ten). */
export function niceStep(max: number, target = 5): number {
  if (max <= 0) return 1;
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? 10 * power;
  return Math.max(step, 1);
}

const fixed = (value: number) => Number(value.toFixed(1));

function panelSvg(panel: TimelinePanel, top: number): string {
  const plot = {
    x: MARGIN.left,
    y: top + MARGIN.top,
    w: WIDTH - MARGIN.left - MARGIN.right,
    h: PANEL_HEIGHT - MARGIN.top - MARGIN.bottom,
  };
  const duration = Math.max(panel.durationMs, 1);
  const peak = Math.max(
    1,
    ...panel.points.flatMap((point) => Object.values(point.counts).map((n) => n ?? 0)),
  );
  const yStep = niceStep(peak);
  const yMax = Math.ceil(peak / yStep) * yStep;
  const x = (t: number) => fixed(plot.x + (Math.min(Math.max(t, 0), duration) / duration) * plot.w);
  const y = (n: number) => fixed(plot.y + plot.h - (n / yMax) * plot.h);
  const parts: string[] = [
    `<text x="${plot.x}" y="${top + 20}" font-size="14" font-weight="bold">${escapeXml(panel.title)}</text>`,
  ];
  for (const band of panel.circuit) {
    if (band.state === 'CLOSED') continue;
    parts.push(
      `<rect class="circuit-${band.state}" x="${x(band.from)}" y="${plot.y}" width="${fixed(x(band.to) - x(band.from))}" height="${plot.h}" fill="${CIRCUIT_COLORS[band.state]}"><title>circuit ${band.state}</title></rect>`,
    );
  }
  for (let n = 0; n <= yMax; n += yStep) {
    parts.push(
      `<line x1="${plot.x}" x2="${plot.x + plot.w}" y1="${y(n)}" y2="${y(n)}" stroke="#e5e5e5"/>`,
      `<text x="${plot.x - 6}" y="${y(n) + 4}" font-size="10" text-anchor="end">${n}</text>`,
    );
  }
  const xStep = niceStep(duration / 1000, 8) * 1000;
  for (let t = 0; t <= duration; t += xStep) {
    parts.push(
      `<text x="${x(t)}" y="${plot.y + plot.h + 16}" font-size="10" text-anchor="middle">${Math.round(t / 1000)}s</text>`,
    );
  }
  for (const status of ORDER_STATUSES) {
    const points = panel.points.map((point) => `${x(point.t)},${y(point.counts[status] ?? 0)}`);
    if (points.length === 0 || panel.points.every((point) => !point.counts[status])) continue;
    parts.push(
      `<polyline class="status-${status}" fill="none" stroke="${STATUS_COLORS[status]}" stroke-width="2" points="${points.join(' ')}"/>`,
    );
  }
  for (const marker of panel.markers) {
    parts.push(
      `<line class="marker" x1="${x(marker.t)}" x2="${x(marker.t)}" y1="${plot.y}" y2="${plot.y + plot.h}" stroke="#333" stroke-dasharray="4 3"/>`,
      `<text x="${x(marker.t) + 3}" y="${plot.y - 4}" font-size="10">${escapeXml(marker.label)}</text>`,
    );
  }
  parts.push(
    `<rect x="${plot.x}" y="${plot.y}" width="${plot.w}" height="${plot.h}" fill="none" stroke="#999"/>`,
  );
  return `<g class="panel">${parts.join('')}</g>`;
}

function legendSvg(): string {
  const items: string[] = [];
  let left = MARGIN.left;
  for (const status of ORDER_STATUSES) {
    items.push(
      `<line x1="${left}" x2="${left + 18}" y1="14" y2="14" stroke="${STATUS_COLORS[status]}" stroke-width="3"/>`,
      `<text x="${left + 22}" y="18" font-size="11">${status}</text>`,
    );
    left += 96;
  }
  for (const state of ['OPEN', 'HALF_OPEN', 'FORCED_OPEN'] as const) {
    items.push(
      `<rect x="${left}" y="6" width="18" height="14" fill="${CIRCUIT_COLORS[state]}" stroke="#ccc"/>`,
      `<text x="${left + 22}" y="18" font-size="11">circuit ${state}</text>`,
    );
    left += 130;
  }
  return `<g class="legend">${items.join('')}</g>`;
}

/**
 * The drill's timeline chart as a standalone SVG document: a legend, then one panel per
 * scenario with a line per order status, the circuit's non-CLOSED periods shaded and dashed
 * markers for the fault start, the heal and operator actions.
 */
export function timelineSvg(panels: readonly TimelinePanel[]): string {
  const height = LEGEND_HEIGHT + panels.length * PANEL_HEIGHT;
  const body = panels.map((panel, index) => panelSvg(panel, LEGEND_HEIGHT + index * PANEL_HEIGHT)).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="white"/>`,
    legendSvg(),
    body,
    '</svg>',
    '',
  ].join('\n');
}
