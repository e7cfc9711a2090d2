import { LogKey } from '@unstoppable/core';
import { capLabelValue, normalizeLevel, UNKNOWN } from './labels';

/** Longest structured-metadata value sent. */
export const MAX_METADATA_VALUE_LENGTH = 256;

/** Names of the structured metadata the forwarder attaches (never labels: they are unbounded). */
export const MetadataKey = {
  requestId: 'request_id',
  traceId: 'trace_id',
  orderId: 'order_id',
  executionName: 'execution_name',
} as const;

export type LineMetadata = Partial<Record<(typeof MetadataKey)[keyof typeof MetadataKey], string>>;

/** What the forwarder reads from a line; the line itself is sent unchanged. */
export interface LineFields {
  /** The line's own `service`, when it is a JSON line that has one. */
  readonly service?: string;
  readonly level: string;
  readonly metadata: LineMetadata;
}

/** Lambda's platform lines: `START RequestId: <id> Version: ...`, `END RequestId: <id>`, `REPORT RequestId: <id> ...`. */
const PLATFORM_LINE = /^(?:START|END|REPORT) RequestId: ([\w-]+)/;

function text(value: unknown): string | undefined {
  if (typeof value === 'string')
    return value.length > 0 ? capLabelValue(value, MAX_METADATA_VALUE_LENGTH) : undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** `arn:aws:states:<region>:<account>:execution:<stateMachine>:<name>` -> `<name>`. */
function executionNameFromArn(arn: unknown): string | undefined {
  if (typeof arn !== 'string' || !arn.includes(':execution:')) return undefined;
  return text(arn.slice(arn.lastIndexOf(':') + 1));
}

function parseJsonObject(line: string): Record<string, unknown> | undefined {
  const start = line.trimStart();
  if (!start.startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(start);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function withoutEmpty(metadata: Record<string, string | undefined>): LineMetadata {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(metadata)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * Reads the service, level and metadata of one log line. JSON lines (Powertools Logger, Step
 * Functions history events) give `service`, `level`, request/trace/order ids and the execution
 * name; Lambda platform lines give their request id; other lines give nothing.
 */
export function readLogLine(line: string): LineFields {
  const json = parseJsonObject(line);
  if (!json) {
    const requestId = PLATFORM_LINE.exec(line)?.[1];
    return { level: UNKNOWN, metadata: requestId ? { [MetadataKey.requestId]: requestId } : {} };
  }
  const service = typeof json[LogKey.service] === 'string' ? (json[LogKey.service] as string).trim() : '';
  const metadata = withoutEmpty({
    [MetadataKey.requestId]: text(json[LogKey.requestId]) ?? text(json.requestId),
    [MetadataKey.traceId]: text(json[LogKey.traceId]),
    [MetadataKey.orderId]: text(json[LogKey.orderId]),
    [MetadataKey.executionName]: text(json[LogKey.executionName]) ?? executionNameFromArn(json.execution_arn),
  });
  return { ...(service ? { service } : {}), level: normalizeLevel(json[LogKey.level]), metadata };
}
