import {
  createForwarder,
  emptyForwardStats,
  type ForwarderLogger,
  type ForwardStats,
  loadConfig,
  staticTargetProvider,
} from '@unstoppable/loki-forwarder';
import { LogBuffer } from './log-buffer';
import {
  forwardedLambdaService,
  type LambdaLogService,
  LocalLogStreams,
  serviceLogGroup,
} from './log-groups';
import { installLogTap, type LineSink } from './log-tap';
import { type LokiBridgeOptions, resolveLokiBridgeOptions } from './loki-bridge-options';
import { dataMessages, subscriptionEvent, subscriptionFilterName } from './subscription-payload';
import { WorkflowLogPoller } from './workflow-log-poller';

/** Line counts of a bridge so far. */
export interface LokiBridgeStats {
  /** Lines taken from the services' output and the executor. */
  readonly captured: number;
  /** Lines Loki accepted. */
  readonly sent: number;
  /** Lines Loki refused as content (HTTP 400/413). */
  readonly rejected: number;
  /** Lines whose push failed (Loki unreachable, 5xx until the flush timed out, 401/403, ...). */
  readonly failed: number;
  /** Lines dropped because too many were waiting. */
  readonly overflowed: number;
}

/** A running bridge. */
export interface LokiBridge {
  /** Pushes what waits now; never rejects. */
  flush(): Promise<void>;
  stats(): LokiBridgeStats;
  /** Stops capturing, pushes what is left (within `stopTimeoutMs`), reports losses; never rejects. */
  stop(): Promise<void>;
}

/** The forwarder logs nothing here: the bridge reports from the forward stats and thrown errors. */
const SILENT_LOGGER: ForwarderLogger = {
  debug: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
const droppedIn = (stats: ForwardStats) =>
  Object.values(stats.dropped).reduce((sum, count) => sum + count, 0);

/**
 * Sends the local stack's own logs to Loki through the real forwarder: the services' JSON lines
 * (taken from stdout/stderr) and, with `stepFunctions`, the workflows' execution history are
 * grouped per log group into CloudWatch Logs subscription payloads, exactly as AWS delivers
 * them, and handed to `createForwarder` every `flushIntervalMs`. A failing Loki is reported
 * once on stderr and never breaks the stack.
 *
 * @example
 * const bridge = startLokiBridge({ lokiUrl: 'http://127.0.0.1:3100', prefix: 'local' });
 * // ... run the stack ...
 * await bridge.stop();
 */
export function startLokiBridge(options: LokiBridgeOptions): LokiBridge {
  const settings = resolveLokiBridgeOptions(options);
  const { prefix, target } = settings;
  const report = options.report ?? ((message: string) => void process.stderr.write(`${message}\n`));
  // The forwarder's own batch and retry defaults (and checks) apply, as on AWS.
  const { batch, push } = loadConfig({
    ENVIRONMENT: settings.env,
    LOG_GROUP_PREFIX: prefix,
    LOKI_URL: target.pushUrl,
  });
  const forward = createForwarder({
    env: settings.env,
    logGroupPrefix: prefix,
    batch,
    push,
    targets: staticTargetProvider(target),
    logger: SILENT_LOGGER,
  });
  const buffer = new LogBuffer(settings.maxBufferedEvents);
  const totals = { captured: 0, sent: 0, rejected: 0, failed: 0 };
  const reported = new Set<string>();
  const reportOnce = (key: string, message: string) => {
    if (reported.has(key)) return;
    reported.add(key);
    report(`loki bridge: ${message}`);
  };

  const streams = new LocalLogStreams();
  const enqueue = (logGroup: string, logStream: string, timestamp: number, message: string) => {
    totals.captured++;
    if (!buffer.add(logGroup, logStream, timestamp, message)) {
      reportOnce('overflow', `more than ${settings.maxBufferedEvents} lines waiting; dropping new lines`);
    }
    if (buffer.size >= settings.flushAtEvents) void requestFlush(settings.flushTimeoutMs);
  };

  const onLine: LineSink = (line, writtenAt) => {
    if (!line.startsWith('{')) return false;
    let service: LambdaLogService | undefined;
    try {
      service = forwardedLambdaService((JSON.parse(line) as { service?: unknown } | null)?.service);
    } catch {
      return false;
    }
    if (!service) return false;
    enqueue(serviceLogGroup(prefix, service), streams.ofFunction(service), writtenAt, line);
    return true;
  };

  const poller =
    options.stepFunctions &&
    new WorkflowLogPoller(options.stepFunctions, {
      prefix,
      level: settings.workflowLogLevel,
      emit: (line) => {
        const logStream = streams.ofStateMachine(line.stateMachineName);
        enqueue(serviceLogGroup(prefix, line.workflow), logStream, line.timestamp, line.message);
      },
    });

  const payloadOptions = { filterName: subscriptionFilterName(prefix) };
  const flushOnce = async (timeoutMs: number): Promise<void> => {
    try {
      poller?.poll();
    } catch (error) {
      reportOnce('poll', `reading the workflows' executions failed (${describe(error)})`);
    }
    const deadline = Date.now() + timeoutMs;
    for (const streamBatch of buffer.drain()) {
      for (const message of dataMessages(streamBatch, payloadOptions)) {
        const stats = emptyForwardStats();
        try {
          await forward(subscriptionEvent(message), deadline, stats);
        } catch (error) {
          totals.failed += message.logEvents.length - stats.sent - droppedIn(stats);
          reportOnce(
            'delivery',
            `pushing to ${target.pushUrl} failed (${describe(error)}); the stack keeps running, ` +
              'later failures are counted, not reported',
          );
        }
        totals.sent += stats.sent;
        totals.rejected += droppedIn(stats);
        if (droppedIn(stats) > 0)
          reportOnce('rejected', `Loki refused ${droppedIn(stats)} line(s) (HTTP 400/413)`);
      }
    }
  };

  // One flush at a time; a flush queued behind the running one picks up every line added meanwhile.
  let chain: Promise<void> = Promise.resolve();
  let queued = false;
  const requestFlush = (timeoutMs: number): Promise<void> => {
    if (queued) return chain;
    queued = true;
    chain = chain.then(() => {
      queued = false;
      return flushOnce(timeoutMs);
    });
    return chain;
  };

  const tap = installLogTap({ onLine, quiet: settings.quiet });
  const timer = setInterval(() => void requestFlush(settings.flushTimeoutMs), settings.flushIntervalMs);
  timer.unref();
  const stats = (): LokiBridgeStats => ({ ...totals, overflowed: buffer.dropped });
  let stopping: Promise<void> | undefined;

  return {
    flush: () => requestFlush(settings.flushTimeoutMs),
    stats,
    stop: () => {
      stopping ??= (async () => {
        clearInterval(timer);
        tap.uninstall();
        await requestFlush(settings.stopTimeoutMs);
        const { sent, failed, rejected, overflowed } = stats();
        if (failed + rejected + overflowed > 0) {
          report(
            `loki bridge: ${sent} line(s) sent; ${failed} not delivered, ${rejected} refused by Loki, ` +
              `${overflowed} dropped while too many waited`,
          );
        }
      })();
      return stopping;
    },
  };
}
