/** Longest label value sent; longer values are cut (labels must stay few and bounded). */
export const MAX_LABEL_VALUE_LENGTH = 128;

/** Label value used when a service or level cannot be told. */
export const UNKNOWN = 'unknown';

/** Levels kept as `level` values; anything else becomes `unknown` so the label stays bounded. */
export const KNOWN_LEVELS: ReadonlySet<string> = new Set([
  'trace',
  'debug',
  'info',
  'notice',
  'warn',
  'warning',
  'error',
  'critical',
  'fatal',
]);

/** The stream labels of one entry. */
export interface StreamLabels {
  readonly service: string;
  readonly level: string;
  readonly env: string;
}

/** Makes a label name valid for Loki (`[a-zA-Z_][a-zA-Z0-9_]*`) by replacing other characters with `_`. */
export function sanitizeLabelName(name: string): string {
  const replaced = name.replace(/[^a-zA-Z0-9_]/g, '_');
  return /^[a-zA-Z_]/.test(replaced) ? replaced : `_${replaced}`;
}

/** Cuts a label value to `max` UTF-16 units without splitting a surrogate pair. */
export function capLabelValue(value: string, max = MAX_LABEL_VALUE_LENGTH): string {
  if (value.length <= max) return value;
  const cut = value.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * The service a log group belongs to: its last path segment without the `<prefix>-` resource
 * prefix. `/aws/lambda/up-dev-order-processor` -> `order-processor`,
 * `/aws/vendedlogs/states/up-dev-order-workflow` -> `order-workflow`.
 */
export function serviceFromLogGroup(logGroup: string, prefix: string): string {
  const segment = logGroup.slice(logGroup.lastIndexOf('/') + 1);
  const stripped = prefix && segment.startsWith(`${prefix}-`) ? segment.slice(prefix.length + 1) : segment;
  return stripped || UNKNOWN;
}

/** Lower-cases a line's level; unknown or missing levels become `unknown`. */
export function normalizeLevel(level: unknown): string {
  if (typeof level !== 'string') return UNKNOWN;
  const lower = level.trim().toLowerCase();
  return KNOWN_LEVELS.has(lower) ? lower : UNKNOWN;
}

/**
 * Renders stream labels as the JSON object Loki expects, names sanitized and values capped.
 * Empty values become `unknown`: Loki drops labels with empty values.
 */
export function streamLabelsJson(labels: StreamLabels): string {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(labels)) {
    out[sanitizeLabelName(name)] = capLabelValue(value || UNKNOWN);
  }
  return JSON.stringify(out);
}
