import { gunzipSync } from 'node:zlib';
import { SubscriptionEventError } from './errors';

/** One CloudWatch Logs event as the subscription delivers it. */
export interface SubscriptionLogEvent {
  readonly id: string;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  readonly message: string;
}

/** A decoded DATA_MESSAGE. */
export interface SubscriptionLogData {
  readonly logGroup: string;
  readonly logStream: string;
  readonly logEvents: readonly SubscriptionLogEvent[];
}

/** What a subscription event decodes to: log data, or a control message (a reachability check). */
export type DecodedSubscription =
  | { readonly kind: 'data'; readonly data: SubscriptionLogData }
  | { readonly kind: 'control' };

const CONTROL_MESSAGE = 'CONTROL_MESSAGE';
const DATA_MESSAGE = 'DATA_MESSAGE';

function fail(field: string, message: string): never {
  throw new SubscriptionEventError(field, message);
}

function unpack(event: unknown): unknown {
  const data = (event as { awslogs?: { data?: unknown } } | null)?.awslogs?.data;
  if (typeof data !== 'string' || data.length === 0) fail('awslogs.data', 'must be a non-empty string');
  let json: string;
  try {
    json = gunzipSync(Buffer.from(data, 'base64')).toString('utf8');
  } catch {
    return fail('awslogs.data', 'is not base64-encoded gzip');
  }
  try {
    return JSON.parse(json);
  } catch {
    return fail('awslogs.data', 'does not hold JSON');
  }
}

function logEvent(raw: unknown, index: number): SubscriptionLogEvent {
  const field = `logEvents[${index}]`;
  const item = raw as Partial<SubscriptionLogEvent> | null;
  if (typeof item !== 'object' || item === null) fail(field, 'must be an object');
  const { id, timestamp, message } = item;
  if (typeof id !== 'string') fail(`${field}.id`, 'must be a string');
  if (typeof timestamp !== 'number' || !Number.isSafeInteger(timestamp) || timestamp < 0) {
    fail(`${field}.timestamp`, 'must be a non-negative whole number of milliseconds');
  }
  if (typeof message !== 'string') fail(`${field}.message`, 'must be a string');
  return { id, timestamp, message };
}

/**
 * Decodes a CloudWatch Logs subscription event (`{ awslogs: { data: base64(gzip(json)) } }`)
 * and checks its shape. Throws {@link SubscriptionEventError} naming the field at fault.
 */
export function decodeSubscriptionEvent(event: unknown): DecodedSubscription {
  const payload = unpack(event) as Record<string, unknown> | null;
  if (typeof payload !== 'object' || payload === null) fail('awslogs.data', 'must hold a JSON object');
  if (payload.messageType === CONTROL_MESSAGE) return { kind: 'control' };
  if (payload.messageType !== DATA_MESSAGE) {
    fail(
      'messageType',
      `must be ${DATA_MESSAGE} or ${CONTROL_MESSAGE}, got ${JSON.stringify(payload.messageType)}`,
    );
  }
  const { logGroup, logStream, logEvents } = payload;
  if (typeof logGroup !== 'string' || !logGroup) fail('logGroup', 'must be a non-empty string');
  if (typeof logStream !== 'string') fail('logStream', 'must be a string');
  if (!Array.isArray(logEvents)) fail('logEvents', 'must be an array');
  return { kind: 'data', data: { logGroup, logStream, logEvents: logEvents.map(logEvent) } };
}
