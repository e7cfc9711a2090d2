import type { BatchLimits, PushPolicy } from './config';
import { LokiPushRefusedError } from './errors';
import { dropReasonFor, type ForwardStats } from './forward-stats';
import { toLokiEntries } from './loki-entries';
import { LokiPushClient, type LokiPushClientOptions } from './loki-push-client';
import type { LokiTargetProvider } from './loki-target-provider';
import { batchEntries, encodePushBody } from './push-batches';
import { decodeSubscriptionEvent } from './subscription-event';

/** The logger calls the forwarder makes (Powertools Logger fits). */
export interface ForwarderLogger {
  debug(message: string, extra: Record<string, unknown>): void;
  warn(message: string, extra: Record<string, unknown>): void;
  error(message: string, extra: Record<string, unknown>): void;
}

export interface ForwarderOptions {
  readonly env: string;
  readonly logGroupPrefix: string;
  readonly batch: BatchLimits;
  readonly push: PushPolicy;
  readonly targets: LokiTargetProvider;
  readonly logger: ForwarderLogger;
  /** Test seams for the push client (fetch, sleep, random, now). */
  readonly clientOverrides?: Pick<LokiPushClientOptions, 'fetch' | 'sleep' | 'random' | 'now'>;
}

/** Forwards one subscription event to Loki before `deadline` (epoch ms), counting into `stats`. */
export type Forward = (event: unknown, deadline: number, stats: ForwardStats) => Promise<void>;

/**
 * Builds the forwarder: decode, label, batch, push each batch in turn. Entries Loki rejects (400,
 * 413) are counted and dropped; any other failure is counted, logged and rethrown so the event
 * goes to the on-failure destination. A 401/403 also drops the cached credentials.
 */
export function createForwarder(options: ForwarderOptions): Forward {
  const { logger, targets } = options;

  const pushAll = async (event: unknown, deadline: number, stats: ForwardStats): Promise<void> => {
    const decoded = decodeSubscriptionEvent(event);
    if (decoded.kind === 'control') {
      stats.controlMessages++;
      logger.debug('control message skipped', {});
      return;
    }
    const { data } = decoded;
    stats.received += data.logEvents.length;
    const { entries, truncated } = toLokiEntries(data, {
      env: options.env,
      logGroupPrefix: options.logGroupPrefix,
      maxLineBytes: options.batch.maxLineBytes,
    });
    stats.truncated += truncated;
    const batches = batchEntries(entries, options.batch.maxBatchBytes);
    if (batches.length === 0) return;
    const client = new LokiPushClient({
      ...options.push,
      ...options.clientOverrides,
      target: await targets.get(),
      onRetry: (notice) => {
        stats.retries++;
        logger.warn('Loki push failed, retrying', { ...notice, logGroup: data.logGroup });
      },
    });
    for (const batch of batches) {
      const outcome = await client.push(encodePushBody(batch), deadline);
      if (outcome.kind === 'sent') {
        stats.sent += batch.entryCount;
        stats.batches++;
        continue;
      }
      const reason = dropReasonFor(outcome.status);
      stats.dropped[reason] += batch.entryCount;
      logger.warn('Loki rejected a batch; its entries are dropped', {
        status: outcome.status,
        reason,
        response: outcome.reason,
        entries: batch.entryCount,
        logGroup: data.logGroup,
      });
    }
  };

  return async (event, deadline, stats) => {
    try {
      await pushAll(event, deadline, stats);
    } catch (error) {
      stats.failures++;
      if (error instanceof LokiPushRefusedError && error.isAuthFailure) targets.invalidate();
      logger.error('forwarding failed; the event goes to the on-failure destination', { error });
      throw error;
    }
  };
}
