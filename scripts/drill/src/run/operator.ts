import { CircuitState } from '@unstoppable/core';
import type { LocalStack } from '@unstoppable/local-stack';
import type { ApiClient } from '@unstoppable/ops-cli';
import type { OperatorPlan } from '../scenarios/scenario';
import { redriveAbortedOrders } from './redrive-aborted';
import type { TimelineSample } from './timeline-sampler';

/**
 * The on-call operator of a scenario, acting on what the status shows after the heal:
 * - with `resetAfterHealMs`, resets the circuit (POST /admin/circuit/reset, the dashboard's
 *   button) once it has seen it OPEN for that long, counted from the heal at the earliest; and
 *   again whenever it trips again (the article's breaker never closes by itself);
 * - with `redriveAborted`, redrives orders whose execution died as soon as it sees them (the retry
 *   queue holds a redriven order back while the circuit is OPEN).
 */
export class Operator {
  private readonly resets: number[] = [];
  private readonly redriven = new Set<string>();
  private openSince?: number;

  constructor(
    private readonly plan: OperatorPlan,
    private readonly stack: LocalStack,
    private readonly api: ApiClient,
    private readonly healAt: number,
  ) {}

  /** Looks at one status sample and acts on it. */
  async observe(sample: TimelineSample): Promise<void> {
    const reaction = this.plan.resetAfterHealMs;
    if (reaction !== undefined) {
      if (sample.circuit === CircuitState.OPEN) {
        this.openSince ??= Math.max(sample.at, this.healAt);
        if (sample.at - this.openSince >= reaction) {
          await this.api.resetCircuit();
          this.resets.push(Date.now());
          this.openSince = undefined;
        }
      } else {
        this.openSince = undefined;
      }
    }
    if (this.plan.redriveAborted) {
      for (const orderId of await redriveAbortedOrders(this.stack, this.redriven)) this.redriven.add(orderId);
    }
  }

  /** When the operator reset the circuit (ms since epoch). */
  resetTimes(): readonly number[] {
    return this.resets;
  }

  redrivenOrders(): readonly string[] {
    return [...this.redriven];
  }
}
