import type { LocalStack } from '@unstoppable/local-stack';
import type { ApiClient } from '@unstoppable/ops-cli';
import type { WorkflowSettings } from '@unstoppable/state-machine';
import type { TaskJournal } from '../run/task-journal';

/**
 * How the order workflow protects the gateway in a scenario:
 * - `none`: in-place retries only (the drill's variant workflow; exhausted orders end FAILED);
 * - `admin-reset`: the breaker as the article describes it: trips and queues, no cool-down, closes
 *   only when an admin resets it;
 * - `full`: the full design (cool-down, HALF_OPEN probe, automatic close).
 */
export type BreakerVariant = 'none' | 'admin-reset' | 'full';

/** What a fault injector works with. */
export interface FaultContext {
  readonly stack: LocalStack;
  /** The order API as an operator uses it (chaos, circuit reset). */
  readonly api: ApiClient;
  readonly journal: TaskJournal;
  /** Seeded random source, for repeatable injections. */
  readonly random: () => number;
}

/**
 * A fault: installed once the stack runs (its hooks stay idle), switched on at the fault start and
 * off at the heal. Some faults keep a part on after the heal (e.g. duplicate deliveries), as
 * their description says.
 */
export interface FaultInjector {
  install?(context: FaultContext): void;
  start(context: FaultContext): Promise<void>;
  heal(context: FaultContext): Promise<void>;
  /** What was injected so far, for the report (e.g. `{ 'crashed charges': 12 }`). */
  injected(): Readonly<Record<string, number>>;
}

/** Settings of the fresh local stack a scenario runs in. */
export interface ScenarioStackSettings {
  /** Over the local stack's `fast` preset. */
  readonly workflowSettings: WorkflowSettings;
  /** The payment worker's gateway client timeout. @default the stack's (5000 ms) */
  readonly gatewayTimeoutMs?: number;
  /** The payment worker's function timeout: how long an in-progress idempotency record blocks a retry. */
  readonly workerTimeoutSeconds: number;
}

/** What the operator does during a scenario. */
export interface OperatorPlan {
  /** Reset the circuit (POST /admin/circuit/reset) this long after the heal. */
  readonly resetAfterHealMs?: number;
  /**
   * Redrive orders whose latest execution was aborted (on AWS: RedriveExecution; here their next
   * attempt goes on the retry queue).
   */
  readonly redriveAborted?: boolean;
}

/** One scenario of a drill run, in its own fresh stack. */
export interface ScenarioSpec {
  /** Also the order-id prefix: `<id>-00001`. */
  readonly id: string;
  readonly kind: 'mode' | 'fault';
  readonly title: string;
  /** One sentence: what happens in this scenario. */
  readonly description: string;
  readonly breaker: BreakerVariant;
  readonly rate: number;
  readonly warmupMs: number;
  /** How long the fault (or outage) lasts. */
  readonly faultMs: number;
  readonly tailMs: number;
  /** Takes much longer than the others (cool-downs, leases): started first so the run ends sooner. */
  readonly long?: boolean;
  readonly stack: ScenarioStackSettings;
  readonly operator: OperatorPlan;
  readonly createFault: () => FaultInjector;
}
