import type { OrderStatus } from '@unstoppable/core';
import type { ExecutionStatus } from '@unstoppable/local-stack';
import type { ResolvedWorkflowSettings } from '@unstoppable/state-machine';
import type { BreakerVariant } from '../scenarios/scenario';
import type { PlacedOrder } from './order-placer';
import type { JournalEntry } from './task-journal';
import type { TimelineSample } from './timeline-sampler';

/** An order as it was at the end of the scenario. */
export interface FinalOrder {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly attempt: number;
  readonly chargeId?: string;
  /** Every status it went through, oldest first (from its history). */
  readonly statuses: readonly OrderStatus[];
}

/** What the simulated gateway's ledger holds for one order. */
export interface LedgerRow {
  readonly orderId: string;
  readonly outcome: 'CAPTURED' | 'DECLINED';
  readonly chargeId: string;
  /** Requests seen for the idempotency key (1 + replays). */
  readonly requests: number;
}

/** One workflow execution. */
export interface ExecutionRow {
  readonly name: string;
  readonly machine: 'order' | 'cooldown';
  readonly status: ExecutionStatus;
  /** ms since epoch. */
  readonly startedAt: number;
  readonly stoppedAt?: number;
  /** States entered plus retries, as Standard workflows bill them. */
  readonly transitions: number;
}

/** When things happened (ms since epoch). */
export interface ScenarioTimes {
  readonly startedAt: number;
  readonly faultAt: number;
  readonly healAt: number;
  readonly ordersStoppedAt: number;
  /** When every placed order was final; absent if the drain timed out. */
  readonly drainedAt?: number;
  readonly endedAt: number;
  /** The operator's resets of the circuit (the admin-reset mode), oldest first. */
  readonly resets: readonly number[];
}

/** The timings a scenario's stack ran with, for the report. */
export interface ScenarioTimings {
  readonly workflow: ResolvedWorkflowSettings;
  readonly redelaySeconds: number;
  readonly workerTimeoutSeconds: number;
  readonly gatewayTimeoutMs?: number;
  readonly operatorReactionMs?: number;
}

/** Everything observed in one scenario: the raw material of its metrics. */
export interface ScenarioRecord {
  readonly id: string;
  readonly kind: 'mode' | 'fault';
  readonly title: string;
  readonly description: string;
  readonly breaker: BreakerVariant;
  readonly rate: number;
  readonly timings: ScenarioTimings;
  readonly times: ScenarioTimes;
  readonly placed: readonly PlacedOrder[];
  readonly rejected: number;
  readonly orders: readonly FinalOrder[];
  readonly ledger: readonly LedgerRow[];
  /** Order ids with more than one captured charge in the ledger. */
  readonly doubleCharges: readonly string[];
  readonly executions: readonly ExecutionRow[];
  readonly journal: readonly JournalEntry[];
  readonly samples: readonly TimelineSample[];
  /** Orders the operator redrove after their execution died. */
  readonly redriven: readonly string[];
  readonly injected: Readonly<Record<string, number>>;
  /** Retry-queue messages the event source mapping handed to the retry handler. */
  readonly retryMessages: number;
  readonly deadLetters: number;
}
