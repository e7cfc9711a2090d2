import type { SubscriptionLogEvent } from '@unstoppable/loki-forwarder';
import { cloudWatchEventId, type LogStreamBatch } from './subscription-payload';

/**
 * Log events waiting for the next flush, grouped by log group and stream. Bounded: once
 * `maxEvents` wait (Loki slow or down), further events are dropped and counted, so a dead Loki
 * never grows the stack's memory.
 */
export class LogBuffer {
  readonly #maxEvents: number;
  readonly #streams = new Map<
    string,
    { logGroup: string; logStream: string; logEvents: SubscriptionLogEvent[] }
  >();
  #size = 0;
  #sequence = 0;
  #dropped = 0;

  constructor(maxEvents: number) {
    this.#maxEvents = maxEvents;
  }

  /** Events waiting. */
  get size(): number {
    return this.#size;
  }

  /** Events dropped because the buffer was full. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Queues one event; returns false (and counts it) when the buffer is full. */
  add(logGroup: string, logStream: string, timestamp: number, message: string): boolean {
    if (this.#size >= this.#maxEvents) {
      this.#dropped++;
      return false;
    }
    const key = `${logGroup}\u0000${logStream}`;
    let stream = this.#streams.get(key);
    if (!stream) {
      stream = { logGroup, logStream, logEvents: [] };
      this.#streams.set(key, stream);
    }
    stream.logEvents.push({ id: cloudWatchEventId(timestamp, this.#sequence++), timestamp, message });
    this.#size++;
    return true;
  }

  /** Takes every waiting event, one batch per log stream, and empties the buffer. */
  drain(): LogStreamBatch[] {
    const batches = [...this.#streams.values()];
    this.#streams.clear();
    this.#size = 0;
    return batches;
  }
}
