import { setTimeout as sleep } from 'node:timers/promises';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { LocalStackConfigError } from '../errors';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../local-aws';
import type { LocalQueue } from './queue';
import type { ReceivedMessage } from './queue-types';

/** A function behind the mapping: an SQS batch in, optionally partial batch failures out. */
export type SqsBatchHandler = (event: SQSEvent) => Promise<SQSBatchResponse | undefined> | Promise<void>;

/** Options of {@link SqsEventSourceMapping}, named as on `aws_lambda_event_source_mapping`. */
export interface EventSourceMappingOptions {
  readonly queue: LocalQueue;
  readonly handler: SqsBatchHandler;
  /** Messages per invocation, 1-10. @default 10 */
  readonly batchSize?: number;
  /** Concurrent invocations, 2-1000 (`scaling_config.maximum_concurrency`). @default 2 */
  readonly maximumConcurrency?: number;
  /** The function returns `batchItemFailures` (`function_response_types = ["ReportBatchItemFailures"]`). @default true */
  readonly reportBatchItemFailures?: boolean;
  /** Longest wait between polls of an empty queue, in ms. @default 250 */
  readonly idlePollMs?: number;
  /** Told about each failed invocation (the function threw). */
  readonly onInvocationError?: (error: unknown) => void;
}

/** Counters of the mapping since it started. */
export interface EventSourceMappingStats {
  readonly invocations: number;
  readonly messages: number;
  readonly deleted: number;
  /** Messages left on the queue to be received again (reported failures and failed invocations). */
  readonly retried: number;
  readonly failedInvocations: number;
}

function requireIn(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new LocalStackConfigError(field, `must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/** The Lambda event record of a received message, as the SQS event source builds it. */
export function toSqsRecord(message: ReceivedMessage, queue: LocalQueue): SQSRecord {
  return {
    messageId: message.MessageId,
    receiptHandle: message.ReceiptHandle,
    body: message.Body,
    attributes: {
      ApproximateReceiveCount: message.Attributes.ApproximateReceiveCount,
      SentTimestamp: message.Attributes.SentTimestamp,
      SenderId: LOCAL_ACCOUNT_ID,
      ApproximateFirstReceiveTimestamp: message.Attributes.ApproximateFirstReceiveTimestamp,
    },
    messageAttributes: Object.fromEntries(
      Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
        name,
        {
          dataType: value.DataType,
          stringValue: value.StringValue,
          stringListValues: [],
          binaryListValues: [],
        },
      ]),
    ),
    md5OfBody: message.MD5OfBody,
    eventSource: 'aws:sqs',
    eventSourceARN: queue.arn,
    awsRegion: LOCAL_REGION,
  };
}

/**
 * The Lambda SQS event source mapping, locally: up to `maximumConcurrency` pollers each receive a
 * batch, invoke the function and delete what succeeded. A thrown invocation leaves the whole batch
 * to reappear after the visibility timeout; reported `batchItemFailures` leave only those (an
 * identifier that is not in the batch fails the whole batch, as on AWS). Redrive to the dead-letter
 * queue is the queue's own.
 */
export class SqsEventSourceMapping {
  private readonly batchSize: number;
  private readonly concurrency: number;
  private readonly stopping = new AbortController();
  private pollers: Promise<void>[] = [];
  private counters = { invocations: 0, messages: 0, deleted: 0, retried: 0, failedInvocations: 0 };

  constructor(private readonly options: EventSourceMappingOptions) {
    this.batchSize = requireIn('batchSize', options.batchSize ?? 10, 1, 10);
    this.concurrency = requireIn('maximumConcurrency', options.maximumConcurrency ?? 2, 2, 1000);
    requireIn('idlePollMs', options.idlePollMs ?? 250, 1, 60_000);
  }

  /** Starts polling. */
  start(): this {
    if (this.pollers.length > 0) throw new LocalStackConfigError('start', 'the mapping is already started');
    for (let i = 0; i < this.concurrency; i += 1) this.pollers.push(this.poll());
    return this;
  }

  /** Stops polling and waits for the invocations in flight. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.all(this.pollers);
  }

  stats(): EventSourceMappingStats {
    return { ...this.counters };
  }

  /** Receives and invokes until stopped. */
  private async poll(): Promise<void> {
    const { queue } = this.options;
    while (!this.stopping.signal.aborted) {
      const { Messages } = queue.receiveMessage({ MaxNumberOfMessages: this.batchSize });
      if (Messages.length === 0) {
        await this.idle();
        continue;
      }
      await this.invoke(Messages);
    }
  }

  private async idle(): Promise<void> {
    const idle = this.options.idlePollMs ?? 250;
    const next = this.options.queue.nextVisibleAt();
    const wait = next === undefined ? idle : Math.min(idle, Math.max(1, next - Date.now()));
    await sleep(wait, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }

  private async invoke(messages: readonly ReceivedMessage[]): Promise<void> {
    const { queue } = this.options;
    const records = messages.map((message) => toSqsRecord(message, queue));
    this.counters.invocations += 1;
    this.counters.messages += records.length;
    let failed: ReadonlySet<string>;
    try {
      const response = (await this.options.handler({ Records: records })) ?? undefined;
      failed = this.failedIds(records, response);
    } catch (error) {
      this.counters.failedInvocations += 1;
      this.options.onInvocationError?.(error);
      failed = new Set(records.map((record) => record.messageId));
    }
    for (const record of records) {
      if (failed.has(record.messageId)) {
        this.counters.retried += 1;
        continue;
      }
      queue.deleteMessage({ ReceiptHandle: record.receiptHandle });
      this.counters.deleted += 1;
    }
  }

  /** The message ids to leave on the queue; every id when the response names one outside the batch. */
  private failedIds(
    records: readonly SQSRecord[],
    response: SQSBatchResponse | undefined,
  ): ReadonlySet<string> {
    if (!(this.options.reportBatchItemFailures ?? true) || !response?.batchItemFailures) return new Set();
    const ids = new Set(records.map((record) => record.messageId));
    const failed = new Set<string>();
    for (const failure of response.batchItemFailures) {
      const id = failure?.itemIdentifier;
      if (typeof id !== 'string' || !ids.has(id)) return ids;
      failed.add(id);
    }
    return failed;
  }
}
