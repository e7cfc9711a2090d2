import { gzipSync } from 'node:zlib';
import type { LokiEntry } from './loki-entries';

/** One push request: streams (by labels JSON) with their serialized `[ts, line, metadata?]` values. */
export interface PushBatch {
  /** Serialized value tuples per stream, keyed by the stream's labels JSON, in first-seen order. */
  readonly streams: ReadonlyMap<string, readonly string[]>;
  readonly entryCount: number;
  /** Exact UTF-8 size of {@link serializePushBatch}'s output. */
  readonly bytes: number;
}

const BODY_OPEN = '{"streams":[';
const BODY_CLOSE = ']}';
const STREAM_OPEN = '{"stream":';
const VALUES_OPEN = ',"values":[';
const STREAM_CLOSE = ']}';
const EMPTY_BODY_BYTES = BODY_OPEN.length + BODY_CLOSE.length;
const STREAM_FRAME_BYTES = STREAM_OPEN.length + VALUES_OPEN.length + STREAM_CLOSE.length;

/** The JSON of one entry's value tuple: `["<ns>","<line>"]` or `["<ns>","<line>",{...}]`. */
export function serializeEntryValue(entry: LokiEntry): string {
  return JSON.stringify(
    entry.metadata ? [entry.timestampNs, entry.line, entry.metadata] : [entry.timestampNs, entry.line],
  );
}

class BatchBuilder {
  readonly streams = new Map<string, string[]>();
  entryCount = 0;
  bytes = EMPTY_BODY_BYTES;

  /** Bytes that adding this value to this stream would add. */
  cost(labelsJson: string, valueBytes: number): number {
    const values = this.streams.get(labelsJson);
    if (values) return valueBytes + (values.length > 0 ? 1 : 0);
    const separator = this.streams.size > 0 ? 1 : 0;
    return separator + STREAM_FRAME_BYTES + Buffer.byteLength(labelsJson, 'utf8') + valueBytes;
  }

  add(labelsJson: string, value: string, cost: number): void {
    const values = this.streams.get(labelsJson);
    if (values) values.push(value);
    else this.streams.set(labelsJson, [value]);
    this.entryCount++;
    this.bytes += cost;
  }

  build(): PushBatch {
    return { streams: this.streams, entryCount: this.entryCount, bytes: this.bytes };
  }
}

/**
 * Groups entries by label set into push batches of at most `maxBytes` of uncompressed JSON.
 * Order is kept within each stream. A single entry larger than `maxBytes` (possible only with
 * a line limit close to the batch limit) travels alone.
 */
export function batchEntries(entries: readonly LokiEntry[], maxBytes: number): PushBatch[] {
  const batches: PushBatch[] = [];
  let current = new BatchBuilder();
  for (const entry of entries) {
    const value = serializeEntryValue(entry);
    const valueBytes = Buffer.byteLength(value, 'utf8');
    let cost = current.cost(entry.labelsJson, valueBytes);
    if (current.entryCount > 0 && current.bytes + cost > maxBytes) {
      batches.push(current.build());
      current = new BatchBuilder();
      cost = current.cost(entry.labelsJson, valueBytes);
    }
    current.add(entry.labelsJson, value, cost);
  }
  if (current.entryCount > 0) batches.push(current.build());
  return batches;
}

/** The push body as Loki's JSON: `{"streams":[{"stream":{...},"values":[...]}]}`. */
export function serializePushBatch(batch: PushBatch): string {
  const streams: string[] = [];
  for (const [labelsJson, values] of batch.streams) {
    streams.push(`${STREAM_OPEN}${labelsJson}${VALUES_OPEN}${values.join(',')}${STREAM_CLOSE}`);
  }
  return `${BODY_OPEN}${streams.join(',')}${BODY_CLOSE}`;
}

/** The gzip'd push body, sent with `Content-Encoding: gzip`. */
export function encodePushBody(batch: PushBatch): Uint8Array<ArrayBuffer> {
  return gzipSync(serializePushBatch(batch));
}
