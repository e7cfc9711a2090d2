import { gzipSync } from 'node:zlib';
import type { SubscriptionLogEvent } from '@unstoppable/loki-forwarder';
import type { CloudWatchLogsEvent } from 'aws-lambda';
import { LOCAL_ACCOUNT_ID } from '../local-aws';

/** The events of one log stream, waiting to be delivered. */
export interface LogStreamBatch {
  readonly logGroup: string;
  readonly logStream: string;
  /** Oldest first. */
  readonly logEvents: readonly SubscriptionLogEvent[];
}

/** The decoded JSON of a DATA_MESSAGE, in the shape CloudWatch Logs delivers to a subscription. */
export interface SubscriptionDataMessage {
  readonly messageType: 'DATA_MESSAGE';
  readonly owner: string;
  readonly logGroup: string;
  readonly logStream: string;
  readonly subscriptionFilters: readonly string[];
  readonly logEvents: readonly SubscriptionLogEvent[];
}

export interface SubscriptionPayloadOptions {
  /** Name of the subscription filter, as infra names it (`<prefix>-to-loki`). */
  readonly filterName: string;
  /** Account that owns the log group. @default LOCAL_ACCOUNT_ID */
  readonly owner?: string;
  /**
   * Largest payload, counted as CloudWatch Logs counts a batch: UTF-8 bytes of each message plus
   * 26 bytes per event. A single larger event still goes alone. @default 262144
   */
  readonly maxPayloadBytes?: number;
  /** Most events per payload. @default 10000 */
  readonly maxEvents?: number;
}

/** CloudWatch Logs counts 26 bytes of overhead per event in a batch. */
const EVENT_OVERHEAD_BYTES = 26;

/**
 * A 56-digit event id as CloudWatch Logs gives each event: unique per tap (time, then sequence),
 * and sorting as the events were written.
 */
export function cloudWatchEventId(timestamp: number, sequence: number): string {
  return `${String(timestamp).padStart(20, '0')}${String(sequence).padStart(36, '0')}`;
}

/** The subscription filter infra puts on every shipped log group. */
export function subscriptionFilterName(prefix: string): string {
  return `${prefix}-to-loki`;
}

/**
 * Splits one stream's events into DATA_MESSAGE payloads within the size and count limits,
 * events in time order (stable for equal timestamps).
 */
export function dataMessages(
  batch: LogStreamBatch,
  options: SubscriptionPayloadOptions,
): SubscriptionDataMessage[] {
  const maxBytes = options.maxPayloadBytes ?? 262_144;
  const maxEvents = options.maxEvents ?? 10_000;
  const sorted = [...batch.logEvents].sort((a, b) => a.timestamp - b.timestamp);
  const messages: SubscriptionDataMessage[] = [];
  let current: SubscriptionLogEvent[] = [];
  let bytes = 0;
  const close = () => {
    if (current.length === 0) return;
    messages.push({
      messageType: 'DATA_MESSAGE',
      owner: options.owner ?? LOCAL_ACCOUNT_ID,
      logGroup: batch.logGroup,
      logStream: batch.logStream,
      subscriptionFilters: [options.filterName],
      logEvents: current,
    });
    current = [];
    bytes = 0;
  };
  for (const event of sorted) {
    const size = Buffer.byteLength(event.message, 'utf8') + EVENT_OVERHEAD_BYTES;
    if (current.length >= maxEvents || (current.length > 0 && bytes + size > maxBytes)) close();
    current.push(event);
    bytes += size;
  }
  close();
  return messages;
}

/** Wraps a payload as the subscription delivers it to a Lambda: `{ awslogs: { data: base64(gzip(json)) } }`. */
export function subscriptionEvent(message: SubscriptionDataMessage): CloudWatchLogsEvent {
  return { awslogs: { data: gzipSync(JSON.stringify(message)).toString('base64') } };
}
