import type { ExecutionRow, FinalOrder, JournalEntry, LedgerRow, ScenarioRecord } from '../../src';
import { drillWorkflowSettings } from '../../src';

/** Times of a synthetic scenario: fault at 10 s, heal at 30 s (ms since epoch 0 for readability). */
export const T = { start: 0, fault: 10_000, heal: 30_000, stopped: 35_000, end: 60_000 } as const;

export function journalEntry(
  state: string,
  execution: string,
  startedAt: number,
  extra: Partial<JournalEntry> = {},
): JournalEntry {
  return {
    state,
    execution,
    executionArn: `arn:aws:states:us-east-1:000000000000:execution:m:${execution}`,
    stateMachineArn: 'arn:aws:states:us-east-1:000000000000:stateMachine:m',
    startedAt,
    endedAt: startedAt + 10,
    ...extra,
  };
}

export function execution(name: string, startedAt: number, extra: Partial<ExecutionRow> = {}): ExecutionRow {
  return {
    name,
    machine: 'order',
    status: 'SUCCEEDED',
    startedAt,
    stoppedAt: startedAt + 100,
    transitions: 7,
    ...extra,
  };
}

export function order(orderId: string, extra: Partial<FinalOrder> = {}): FinalOrder {
  return {
    orderId,
    status: 'COMPLETED',
    attempt: 1,
    chargeId: `ch-${orderId}`,
    statuses: ['COMPLETED'],
    ...extra,
  };
}

export function captured(orderId: string, chargeId = `ch-${orderId}`): LedgerRow {
  return { orderId, outcome: 'CAPTURED', chargeId, requests: 1 };
}

/** A record of one green order placed before the fault, overridable field by field. */
export function scenarioRecord(extra: Partial<ScenarioRecord> = {}): ScenarioRecord {
  return {
    id: 'full-design',
    kind: 'mode',
    title: 'Full design',
    description: 'test',
    breaker: 'full',
    rate: 10,
    timings: { workflow: drillWorkflowSettings(), redelaySeconds: 2, workerTimeoutSeconds: 4 },
    times: {
      startedAt: T.start,
      faultAt: T.fault,
      healAt: T.heal,
      ordersStoppedAt: T.stopped,
      drainedAt: T.end,
      endedAt: T.end,
      resets: [],
    },
    placed: [{ orderId: 'green-1', at: 1_000 }],
    rejected: 0,
    orders: [order('green-1')],
    ledger: [captured('green-1')],
    doubleCharges: [],
    executions: [execution('green-1', 1_000)],
    journal: [journalEntry('Charge', 'green-1', 1_010)],
    samples: [],
    redriven: [],
    injected: {},
    retryMessages: 0,
    deadLetters: 0,
    ...extra,
  };
}
