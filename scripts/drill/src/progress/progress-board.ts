import type { ScenarioProgress } from '../run/run-scenario';
import { formatProgressLine } from './progress-line';

/** Where the board writes: a terminal (redrawn in place) or a log (one line per phase change). */
export interface ProgressOutput {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * One progress line per scenario. On a terminal the block of lines is redrawn in place (about
 * twice a second); elsewhere (CI logs) a line is printed when a scenario enters a new phase.
 */
export class ProgressBoard {
  private readonly lines = new Map<string, ScenarioProgress>();
  private readonly failures = new Map<string, string>();
  private readonly idWidth: number;
  private drawn = 0;
  private timer?: NodeJS.Timeout;

  constructor(
    scenarioIds: readonly string[],
    private readonly output: ProgressOutput,
    private readonly clock: () => number = Date.now,
  ) {
    this.idWidth = Math.max(...scenarioIds.map((id) => id.length), 8) + 1;
    for (const id of scenarioIds) this.lines.set(id, { id, phase: 'starting', placed: 0 });
  }

  start(): this {
    if (this.output.isTTY) {
      this.draw();
      this.timer = setInterval(() => this.draw(), 500);
    }
    return this;
  }

  update(progress: ScenarioProgress): void {
    const previous = this.lines.get(progress.id);
    this.lines.set(progress.id, progress);
    if (!this.output.isTTY && previous?.phase !== progress.phase) {
      this.output.write(`${formatProgressLine(progress, this.clock(), this.idWidth)}\n`);
    }
  }

  /** Marks a scenario as failed (its line says so). */
  fail(id: string, message: string): void {
    const previous = this.lines.get(id) ?? { id, phase: 'done' as const, placed: 0 };
    this.lines.set(id, { ...previous, phase: 'done' });
    this.failures.set(id, message);
    if (!this.output.isTTY) this.output.write(`${id} FAILED: ${message}\n`);
  }

  /** Draws the final state and stops redrawing. */
  stop(): void {
    clearInterval(this.timer);
    if (this.output.isTTY) this.draw();
  }

  private draw(): void {
    const now = this.clock();
    const text = [...this.lines.values()].map((progress) => {
      const failure = this.failures.get(progress.id);
      return failure
        ? `${progress.id.padEnd(this.idWidth)} FAILED: ${failure}`
        : formatProgressLine(progress, now, this.idWidth);
    });
    const up = this.drawn > 0 ? `\x1b[${this.drawn}A` : '';
    this.output.write(`${up}${text.map((line) => `\x1b[2K${line}`).join('\n')}\n`);
    this.drawn = text.length;
  }
}
