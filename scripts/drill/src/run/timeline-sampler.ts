import type { CircuitState, OrderStatus } from '@unstoppable/core';
import type { StackStatus } from '@unstoppable/local-stack';

/** One point of a scenario's timeline. */
export interface TimelineSample {
  /** ms since epoch. */
  readonly at: number;
  readonly orders: Readonly<Partial<Record<OrderStatus, number>>>;
  readonly circuit: CircuitState;
  /** Messages on the retry queue (visible, delayed and in flight). */
  readonly retryQueue: number;
  readonly deadLetterQueue: number;
  readonly runningExecutions: number;
}

/**
 * Samples the stack's status (orders by status, circuit, queue depths) at a fixed interval until
 * stopped. A sample that cannot be read is skipped rather than failing the run.
 */
export class TimelineSampler {
  private readonly samples: TimelineSample[] = [];
  private timer?: NodeJS.Timeout;
  private reading?: Promise<void>;

  constructor(
    private readonly read: () => Promise<StackStatus>,
    private readonly intervalMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  start(): this {
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
    return this;
  }

  /** Takes one last sample and stops. */
  async stop(): Promise<readonly TimelineSample[]> {
    clearInterval(this.timer);
    await this.reading;
    await this.sample();
    return this.samples;
  }

  /** The newest sample, if any. */
  latest(): TimelineSample | undefined {
    return this.samples.at(-1);
  }

  private sample(): Promise<void> {
    if (this.reading) return this.reading;
    const at = this.clock();
    this.reading = this.read()
      .then((status) => {
        this.samples.push({
          at,
          orders: status.ordersByStatus as Partial<Record<OrderStatus, number>>,
          circuit: status.circuit,
          retryQueue: status.retryQueue,
          deadLetterQueue: status.deadLetterQueue,
          runningExecutions: status.runningExecutions,
        });
      })
      .catch(() => undefined)
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }
}
