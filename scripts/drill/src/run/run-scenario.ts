import { setTimeout as sleep } from 'node:timers/promises';
import { FINAL_STATUSES, type OrderStatus } from '@unstoppable/core';
import type { LocalStack } from '@unstoppable/local-stack';
import { seededRandom } from '@unstoppable/ops-cli';
import { DrillRunError } from '../errors';
import { DRILL_REDELAY_SECONDS, drillWorkflowSettings } from '../scenarios/catalogue';
import type { FaultContext, FaultInjector, ScenarioSpec } from '../scenarios/scenario';
import { readExecutions, readLedger, readOrders } from './collect-outcome';
import { Operator } from './operator';
import { type Placement, placeOrders } from './order-placer';
import type { ScenarioRecord, ScenarioTimes } from './scenario-record';
import { prepareStack, scenarioSeed } from './scenario-stack';
import { type TimelineSample, TimelineSampler } from './timeline-sampler';

/** Phases of a scenario, in order. */
export type ScenarioPhase = 'starting' | 'warmup' | 'fault' | 'tail' | 'drain' | 'collect' | 'done';

/** What a running scenario tells the progress display. */
export interface ScenarioProgress {
  readonly id: string;
  readonly phase: ScenarioPhase;
  /** ms since epoch when the phase is due to end, for timed phases. */
  readonly phaseEndsAt?: number;
  readonly placed: number;
  readonly sample?: TimelineSample;
}

/** How a scenario is run. */
export interface RunSettings {
  readonly seed: number;
  readonly sampleMs: number;
  readonly drainTimeoutMs: number;
  readonly onProgress?: (progress: ScenarioProgress) => void;
}

const WATCH_MS = 250;

/** Whether every placed order is final in this sample. */
export function allSettled(sample: TimelineSample, placed: number): boolean {
  let open = 0;
  let final = 0;
  for (const [status, count] of Object.entries(sample.orders)) {
    if (FINAL_STATUSES.includes(status as OrderStatus)) final += count ?? 0;
    else open += count ?? 0;
  }
  return open === 0 && final >= placed;
}

async function statusSample(stack: LocalStack): Promise<TimelineSample> {
  const status = await stack.status();
  return {
    at: Date.now(),
    orders: status.ordersByStatus,
    circuit: status.circuit,
    retryQueue: status.retryQueue,
    deadLetterQueue: status.deadLetterQueue,
    runningExecutions: status.runningExecutions,
  };
}

/**
 * Runs one scenario in a fresh local stack: steady orders over HTTP, the fault (or outage) for its
 * time, the heal, orders for the tail, then waits until every placed order is final (or the drain
 * timeout) while the operator acts, and returns everything observed.
 */
export async function runScenario(spec: ScenarioSpec, settings: RunSettings): Promise<ScenarioRecord> {
  let placed = 0;
  let phase: ScenarioPhase = 'starting';
  let phaseEndsAt: number | undefined;
  let sampler: TimelineSampler | undefined;
  const report = () =>
    settings.onProgress?.({
      id: spec.id,
      phase,
      placed,
      ...(phaseEndsAt === undefined ? {} : { phaseEndsAt }),
      ...(sampler?.latest() ? { sample: sampler.latest() } : {}),
    });
  const enter = (next: ScenarioPhase, durationMs?: number) => {
    phase = next;
    phaseEndsAt = durationMs === undefined ? undefined : Date.now() + durationMs;
    report();
  };
  enter('starting');
  const random = seededRandom(scenarioSeed(spec.id, settings.seed));
  const { stack, journal, api } = await prepareStack(spec, settings.seed);
  const ticker = setInterval(report, 500);
  try {
    const context: FaultContext = { stack, api, journal, random };
    const fault: FaultInjector = spec.createFault();
    fault.install?.(context);
    sampler = new TimelineSampler(() => stack.status(), settings.sampleMs).start();
    const startedAt = Date.now();
    enter('warmup', spec.warmupMs);
    let placement: Placement | undefined;
    let ordersStoppedAt: number | undefined;
    const placing = placeOrders({
      api,
      scenario: spec.id,
      count: Math.round((spec.rate * (spec.warmupMs + spec.faultMs + spec.tailMs)) / 1000),
      ratePerSecond: spec.rate,
      random,
      onPlaced: (count) => {
        placed = count;
      },
    }).then((done) => {
      placement = done;
      ordersStoppedAt = Date.now();
      if (phase === 'tail') enter('drain');
    });
    await sleep(spec.warmupMs);
    const faultAt = Date.now();
    enter('fault', spec.faultMs);
    await fault.start(context);
    // The fault lasts its full time once in effect, however long a loaded machine took to start it.
    await sleep(spec.faultMs);
    const healAt = Date.now();
    await fault.heal(context);
    enter('tail', spec.tailMs);

    const operator = new Operator(spec.operator, stack, api, healAt);
    const deadline = () => (ordersStoppedAt ?? Number.POSITIVE_INFINITY) + settings.drainTimeoutMs;
    let drainedAt: number | undefined;
    while (Date.now() < deadline()) {
      const sample = await statusSample(stack);
      if (placement && allSettled(sample, placement.placed.length)) {
        drainedAt = sample.at;
        break;
      }
      await operator.observe(sample);
      await sleep(WATCH_MS);
    }
    await placing;
    enter('collect');
    const samples = await sampler.stop();
    const [orders, ledger] = await Promise.all([readOrders(stack), readLedger(stack)]);
    const times: ScenarioTimes = {
      startedAt,
      faultAt,
      healAt,
      ordersStoppedAt: ordersStoppedAt ?? Date.now(),
      ...(drainedAt === undefined ? {} : { drainedAt }),
      endedAt: Date.now(),
      resets: operator.resetTimes(),
    };
    const record: ScenarioRecord = {
      id: spec.id,
      kind: spec.kind,
      title: spec.title,
      description: spec.description,
      breaker: spec.breaker,
      rate: spec.rate,
      timings: {
        workflow: drillWorkflowSettings(),
        redelaySeconds: DRILL_REDELAY_SECONDS,
        workerTimeoutSeconds: spec.stack.workerTimeoutSeconds,
        ...(spec.stack.gatewayTimeoutMs === undefined
          ? {}
          : { gatewayTimeoutMs: spec.stack.gatewayTimeoutMs }),
        ...(spec.operator.resetAfterHealMs === undefined
          ? {}
          : { operatorReactionMs: spec.operator.resetAfterHealMs }),
      },
      times,
      placed: placement?.placed ?? [],
      rejected: placement?.rejected.length ?? 0,
      orders,
      ledger: ledger.rows,
      doubleCharges: ledger.doubleCharges,
      executions: readExecutions(stack),
      journal: [...journal.all()],
      samples,
      redriven: operator.redrivenOrders(),
      injected: fault.injected(),
      retryMessages: stack.retryPoller.stats().messages,
      deadLetters: stack.pipeline.runtime.deadLetterQueue.depth().visible,
    };
    enter('done');
    return record;
  } catch (error) {
    throw new DrillRunError(spec.id, (error as Error).message, { cause: error });
  } finally {
    clearInterval(ticker);
    await sampler?.stop();
    await stack.end();
  }
}
