import { ORDER_STATUSES } from '@unstoppable/core';
import type { ScenarioProgress } from '../run/run-scenario';

const PHASE_LABEL: Record<ScenarioProgress['phase'], string> = {
  starting: 'starting',
  warmup: 'warm-up',
  fault: 'FAULT',
  tail: 'healed',
  drain: 'draining',
  collect: 'collecting',
  done: 'done',
};

/**
 * One progress line of a scenario, e.g.
 * `full-design  FAULT 12s left · placed 240 · COMPLETED 57 QUEUED 180 · circuit OPEN · queue 178`.
 * `idWidth` pads the scenario ids into a column.
 */
export function formatProgressLine(progress: ScenarioProgress, now: number, idWidth = 12): string {
  const left =
    progress.phaseEndsAt !== undefined && progress.phaseEndsAt > now
      ? ` ${Math.ceil((progress.phaseEndsAt - now) / 1000)}s left`
      : '';
  const parts = [
    `${progress.id.padEnd(idWidth)} ${PHASE_LABEL[progress.phase]}${left}`,
    `placed ${progress.placed}`,
  ];
  const sample = progress.sample;
  if (sample) {
    const counts = ORDER_STATUSES.filter((status) => (sample.orders[status] ?? 0) > 0).map(
      (status) => `${status} ${sample.orders[status]}`,
    );
    if (counts.length > 0) parts.push(counts.join(' '));
    parts.push(`circuit ${sample.circuit}`, `queue ${sample.retryQueue}`);
  }
  return parts.join(' · ');
}
