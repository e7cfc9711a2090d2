import { serviceFromLogGroup, streamLabelsJson } from './labels';
import { fitLine } from './line-truncation';
import { type LineMetadata, readLogLine } from './log-line';
import { millisToNanoString } from './nanoseconds';
import type { SubscriptionLogData } from './subscription-event';

/** Metadata key set on lines the forwarder cut to fit Loki's line limit. */
export const TRUNCATED_METADATA_KEY = 'truncated';

/** One log line ready for Loki: its stream (labels as JSON), timestamp, line and metadata. */
export interface LokiEntry {
  /** The stream's labels rendered as JSON; also the key entries are grouped by. */
  readonly labelsJson: string;
  /** Nanoseconds since the epoch, as a string. */
  readonly timestampNs: string;
  readonly line: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

export interface EntryOptions {
  /** Value of the `env` label. */
  readonly env: string;
  /** Resource prefix stripped from log group names to find the service. */
  readonly logGroupPrefix: string;
  /** Longest line sent, in UTF-8 bytes. */
  readonly maxLineBytes: number;
}

export interface EntryBatch {
  readonly entries: readonly LokiEntry[];
  /** How many lines were cut to `maxLineBytes`. */
  readonly truncated: number;
}

/**
 * Turns decoded subscription data into Loki entries: each line unchanged (or truncated with a
 * marker), labelled `service`/`level`/`env`, ids in structured metadata.
 */
export function toLokiEntries(data: SubscriptionLogData, options: EntryOptions): EntryBatch {
  const groupService = serviceFromLogGroup(data.logGroup, options.logGroupPrefix);
  const labelsByKey = new Map<string, string>();
  const entries: LokiEntry[] = [];
  let truncated = 0;
  for (const event of data.logEvents) {
    const fields = readLogLine(event.message);
    const service = fields.service ?? groupService;
    const key = `${service}\u0000${fields.level}`;
    let labelsJson = labelsByKey.get(key);
    if (labelsJson === undefined) {
      labelsJson = streamLabelsJson({ service, level: fields.level, env: options.env });
      labelsByKey.set(key, labelsJson);
    }
    const fitted = fitLine(event.message, options.maxLineBytes);
    let metadata: LineMetadata & Record<string, string> = fields.metadata;
    if (fitted.truncated) {
      truncated++;
      metadata = { ...metadata, [TRUNCATED_METADATA_KEY]: 'true' };
    }
    entries.push({
      labelsJson,
      timestampNs: millisToNanoString(event.timestamp),
      line: fitted.line,
      ...(Object.keys(metadata).length > 0 ? { metadata } : {}),
    });
  }
  return { entries, truncated };
}
