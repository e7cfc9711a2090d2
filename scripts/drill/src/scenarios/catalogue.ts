import { FAST_TIMINGS } from '@unstoppable/local-stack';
import {
  type ResolvedWorkflowSettings,
  resolveWorkflowSettings,
  type WorkflowSettings,
} from '@unstoppable/state-machine';
import type { DrillOptions, FaultId, ModeId } from '../drill-options';
import { combinedFault, gatewayDown, gatewayFlaky, gatewaySlow } from '../faults/chaos-faults';
import { circuitReadThrottling } from '../faults/circuit-read-throttling';
import { duplicateDeliveries } from '../faults/duplicate-deliveries';
import { probeDeath } from '../faults/probe-death';
import { workerCrash } from '../faults/worker-crash';
import type { ScenarioSpec, ScenarioStackSettings } from './scenario';

/**
 * The drill's workflow settings over the local stack's `fast` preset, the same for every scenario
 * so figures compare. They keep the design's margins, which the preset compresses:
 * - payment task timeout 5 s (preset 3 s): when a queue of a few hundred orders is released at
 *   once, the local stack (dynalite, executor and worker on one event loop, two cores shared by
 *   the scenarios) answers a charge in up to about 5 s; a 3 s timeout would turn that local
 *   slowness into gateway failures. The probe lease (20 s) still exceeds the longest charge
 *   (3 x 5 s + 1 s + 2 s).
 * - retry delays 5 s doubling to 20 s (preset 2 s to 8 s): a queued order's attempts must outlast
 *   a stuck probe (up to two probe leases of HALF_OPEN, in which every delivery of its retry
 *   message costs an attempt), as the design's do (30+60+120+240 s > 2 x 60 s); the preset's run
 *   out in 22 s, before a 20 s lease has been seen twice.
 */
export const DRILL_WORKFLOW_SETTINGS: WorkflowSettings = {
  paymentTimeoutSeconds: 5,
  retryDelaySeconds: 5,
  retryDelayCapSeconds: 20,
};

/**
 * The payment worker's function timeout in the drill: below the task timeout, as infra keeps it
 * (8 s under 10 s). It bounds how long a crashed worker's in-progress idempotency record blocks
 * the order's retries.
 */
export const DRILL_WORKER_TIMEOUT_SECONDS = 4;

/** Share of the gateway calls failing in the flaky scenario (issue #8: 50 %). */
export const FLAKY_FAILURE_RATE = 0.5;
/** Share of the charges whose worker crashes after the gateway charged. */
export const CRASH_SHARE = 0.3;
/** Share of the circuit reads throttled. */
export const THROTTLED_SHARE = 0.5;

/**
 * How long a queued order keeps being retried before it ends FAILED: the sum of its retry delays
 * over `maxAttempts - 1` queue round trips.
 */
export function retryBudgetSeconds(settings: ResolvedWorkflowSettings): number {
  return Array.from({ length: Math.max(0, settings.maxAttempts - 1) }, (_, index) =>
    Math.min(
      Math.round(settings.retryDelaySeconds * settings.retryBackoffRate ** index),
      settings.retryDelayCapSeconds,
    ),
  ).reduce((sum, seconds) => sum + seconds, 0);
}

/** The workflow settings every scenario's stack runs with (preset + drill overrides). */
export function drillWorkflowSettings(): ResolvedWorkflowSettings {
  return resolveWorkflowSettings({ ...FAST_TIMINGS.workflow, ...DRILL_WORKFLOW_SETTINGS });
}

/** Retry handler re-delay while the circuit holds retries back, in seconds (the fast preset's). */
export const DRILL_REDELAY_SECONDS = FAST_TIMINGS.redelaySeconds;

const stackSettings = (extra: Partial<ScenarioStackSettings> = {}): ScenarioStackSettings => ({
  workflowSettings: DRILL_WORKFLOW_SETTINGS,
  workerTimeoutSeconds: DRILL_WORKER_TIMEOUT_SECONDS,
  ...extra,
});

function modeScenario(mode: ModeId, options: DrillOptions): ScenarioSpec {
  const common = {
    id: mode,
    kind: 'mode' as const,
    rate: options.rate,
    warmupMs: options.warmupMs,
    faultMs: options.outageMs,
    tailMs: options.tailMs,
    stack: stackSettings(),
    createFault: gatewayDown,
  };
  switch (mode) {
    case 'no-breaker':
      return {
        ...common,
        title: 'No breaker',
        description:
          'In-place retries only: every order keeps calling the gateway; exhausted orders end FAILED.',
        breaker: 'none',
        operator: {},
      };
    case 'admin-reset':
      return {
        ...common,
        title: 'Breaker, admin reset',
        description:
          'The article’s breaker: trips and queues, no cool-down; the operator resets it a reaction time after the heal.',
        breaker: 'admin-reset',
        operator: { resetAfterHealMs: options.operatorReactionMs },
      };
    case 'full-design':
      return {
        ...common,
        long: true,
        title: 'Full design',
        description: 'Trips, queues, cools down, probes in HALF_OPEN and closes by itself.',
        breaker: 'full',
        operator: {},
      };
  }
}

function faultScenario(fault: FaultId, options: DrillOptions): ScenarioSpec {
  const settings = drillWorkflowSettings();
  const common = {
    id: fault,
    kind: 'fault' as const,
    breaker: 'full' as const,
    rate: options.rate,
    warmupMs: options.warmupMs,
    faultMs: options.faultMs,
    tailMs: options.tailMs,
    operator: {},
  };
  switch (fault) {
    case 'flaky':
      return {
        ...common,
        title: 'Gateway flaky (50 %)',
        description: `${FLAKY_FAILURE_RATE * 100} % of the gateway calls fail with a technical error.`,
        stack: stackSettings(),
        createFault: () => gatewayFlaky(FLAKY_FAILURE_RATE),
      };
    case 'slow': {
      // Beyond the task timeout, within the gateway client's: the gateway still charges, late.
      const latencyMs = settings.paymentTimeoutSeconds * 1000 + 1500;
      return {
        ...common,
        title: 'Gateway slow',
        description: `Every gateway call takes ${latencyMs / 1000} s, beyond the ${settings.paymentTimeoutSeconds} s task timeout, and still charges.`,
        stack: stackSettings({ gatewayTimeoutMs: latencyMs + 2000 }),
        createFault: () => gatewaySlow(latencyMs),
      };
    }
    case 'crash':
      return {
        ...common,
        title: 'Worker crash after the charge',
        description: `${CRASH_SHARE * 100} % of the workers die after the gateway charged, before storing or returning the result.`,
        stack: stackSettings(),
        createFault: () => workerCrash(CRASH_SHARE),
      };
    case 'duplicates':
      return {
        ...common,
        title: 'Duplicate SQS deliveries',
        description: 'Gateway down for the fault time; every retry message is delivered twice until the end.',
        stack: stackSettings(),
        createFault: () => combinedFault(gatewayDown(), duplicateDeliveries()),
      };
    case 'throttle':
      return {
        ...common,
        title: 'DynamoDB throttling on the circuit read',
        description: `${THROTTLED_SHARE * 100} % of the workflows’ circuit reads fail with ProvisionedThroughputExceededException.`,
        stack: stackSettings(),
        createFault: () => circuitReadThrottling(THROTTLED_SHARE),
      };
    case 'probe-dies':
      return {
        ...common,
        title: 'Probe execution dies mid-probe',
        long: true,
        description:
          'Gateway down for the fault time; the first probe after the heal is stopped while it charges.',
        stack: stackSettings(),
        operator: { redriveAborted: true },
        createFault: () => combinedFault(gatewayDown(), probeDeath()),
      };
  }
}

/** The scenarios a drill run executes: the selected modes, then the selected faults. */
export function buildScenarios(options: DrillOptions): ScenarioSpec[] {
  return [
    ...options.modes.map((mode) => modeScenario(mode, options)),
    ...options.faults.map((fault) => faultScenario(fault, options)),
  ];
}
