import { ALERT_KIND_ATTRIBUTE } from '@unstoppable/core';
import type { TaskInterceptor } from '@unstoppable/local-stack';

/** One Task call of one execution, as the journal saw it. */
export interface JournalEntry {
  /** The Task state, e.g. `Charge`, `TripCircuit`, `OpenToHalfOpen`. */
  readonly state: string;
  /** The execution's name (`<orderId>`, `<orderId>-a<n>`, or a trip id for cool-downs). */
  readonly execution: string;
  readonly executionArn: string;
  readonly stateMachineArn: string;
  /** ms since epoch. */
  readonly startedAt: number;
  endedAt?: number;
  /** The Step Functions error name when the call failed. */
  error?: string;
  /** `consecutiveOpens` written by a successful TripCircuit/ReopenCircuit. */
  opens?: number;
  /** The kind of an admin alert (`sns:publish` with the `alertKind` message attribute). */
  readonly alertKind?: string;
}

interface PublishParameters {
  readonly MessageAttributes?: Record<string, { readonly StringValue?: unknown } | undefined>;
}

function alertKindOf(parameters: unknown): string | undefined {
  const kind = (parameters as PublishParameters | null)?.MessageAttributes?.[ALERT_KIND_ATTRIBUTE]
    ?.StringValue;
  return typeof kind === 'string' ? kind : undefined;
}

const OPENING_STATES = new Set(['TripCircuit', 'ReopenCircuit']);

function executionName(executionArn: string): string {
  return executionArn.slice(executionArn.lastIndexOf(':') + 1);
}

function consecutiveOpens(result: unknown): number | undefined {
  const opens = (result as { Attributes?: { consecutiveOpens?: { N?: string } } })?.Attributes
    ?.consecutiveOpens?.N;
  return opens === undefined ? undefined : Number(opens);
}

/**
 * Records every Task call of every execution with its timing and outcome: the drill's source for
 * gateway calls (Charge), trips, probes, half-opens and admin alerts. Install its interceptor first,
 * so it sees what fault injectors inside it do to a call.
 */
export class TaskJournal {
  private readonly entries: JournalEntry[] = [];

  constructor(private readonly clock: () => number = Date.now) {}

  readonly interceptor: TaskInterceptor = async (call, proceed) => {
    const alertKind = alertKindOf(call.parameters);
    const entry: JournalEntry = {
      state: call.stateName,
      execution: executionName(call.context.executionArn),
      executionArn: call.context.executionArn,
      stateMachineArn: call.context.stateMachineArn,
      startedAt: this.clock(),
      ...(alertKind === undefined ? {} : { alertKind }),
    };
    this.entries.push(entry);
    try {
      const result = await proceed();
      if (OPENING_STATES.has(call.stateName)) entry.opens = consecutiveOpens(result);
      return result;
    } catch (error) {
      entry.error = (error as Error)?.name ?? 'Error';
      throw error;
    } finally {
      entry.endedAt = this.clock();
    }
  };

  /** Every call so far, oldest first. */
  all(): readonly JournalEntry[] {
    return this.entries;
  }

  /** Calls of one state, oldest first; `succeeded` keeps only calls that returned. */
  of(state: string, options: { readonly succeeded?: boolean } = {}): JournalEntry[] {
    return this.entries.filter(
      (entry) =>
        entry.state === state && (!options.succeeded || (entry.endedAt !== undefined && !entry.error)),
    );
  }
}
