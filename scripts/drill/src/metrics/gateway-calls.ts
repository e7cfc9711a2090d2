import type { ExecutionRow } from '../run/scenario-record';
import type { JournalEntry } from '../run/task-journal';

/** Gateway calls (Charge invocations of the payment worker) during the fault window. */
export interface OutageCalls {
  /** Every call started between the fault start and the heal. */
  readonly total: number;
  /**
   * When the breaker opened (first successful TripCircuit); without a breaker, when it would have:
   * when the `failureThreshold`-th order ran out of in-place retries. Absent if neither happened.
   */
  readonly trippedAt?: number;
  /** Calls by executions that started before the trip: the ones that found the gateway down. */
  readonly tripping: number;
  /** Calls beyond those: by executions started after the trip, while the gateway was still down. */
  readonly beyondTripping: number;
  /** Of the calls beyond tripping, those not made by a probe execution (the design allows none). */
  readonly beyondNotProbing: number;
  /** Executions that won the HALF_OPEN probe claim during the window. */
  readonly probes: number;
  /** OPEN -> HALF_OPEN transitions (cool-downs that ended) during the window. */
  readonly halfOpens: number;
}

const within = (at: number, from: number, to: number) => at >= from && at < to;

/** When the breaker tripped (or, without one, would have) at or after `from`. */
export function tripTime(
  journal: readonly JournalEntry[],
  from: number,
  failureThreshold: number,
  hasBreaker: boolean,
): number | undefined {
  if (hasBreaker) {
    return journal.find((entry) => entry.state === 'TripCircuit' && !entry.error && entry.startedAt >= from)
      ?.endedAt;
  }
  const failures = journal.filter((entry) => entry.state === 'MarkOrderFailed' && entry.startedAt >= from);
  return failures[failureThreshold - 1]?.startedAt;
}

/** Counts the gateway calls of the fault window `[from, to)` and splits them at the trip. */
export function outageCalls(options: {
  readonly journal: readonly JournalEntry[];
  readonly executions: readonly ExecutionRow[];
  readonly from: number;
  readonly to: number;
  readonly failureThreshold: number;
  readonly hasBreaker: boolean;
}): OutageCalls {
  const { journal, from, to } = options;
  const calls = journal.filter((entry) => entry.state === 'Charge' && within(entry.startedAt, from, to));
  const trippedAt = tripTime(journal, from, options.failureThreshold, options.hasBreaker);
  const startOf = new Map(
    options.executions.filter((row) => row.machine === 'order').map((row) => [row.name, row.startedAt]),
  );
  const beyond =
    trippedAt === undefined
      ? []
      : calls.filter((call) => (startOf.get(call.execution) ?? call.startedAt) >= trippedAt);
  const claims = journal.filter((entry) => entry.state === 'ClaimProbe' && !entry.error);
  const probing = new Set(claims.map((entry) => entry.execution));
  const probes = new Set(
    claims.filter((entry) => within(entry.startedAt, from, to)).map((entry) => entry.execution),
  );
  const halfOpens = journal.filter(
    (entry) => entry.state === 'OpenToHalfOpen' && !entry.error && within(entry.startedAt, from, to),
  ).length;
  return {
    total: calls.length,
    ...(trippedAt === undefined ? {} : { trippedAt }),
    tripping: calls.length - beyond.length,
    beyondTripping: beyond.length,
    beyondNotProbing: beyond.filter((call) => !probing.has(call.execution)).length,
    probes: probes.size,
    halfOpens,
  };
}
