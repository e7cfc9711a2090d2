import type { CircuitState } from '@unstoppable/core';
import type { ScenarioRecord } from '../run/scenario-record';
import type { TimelinePanel } from './timeline-svg';

/** Turns a scenario's samples into a chart panel: times from its start, circuit periods merged. */
export function timelinePanel(record: ScenarioRecord): TimelinePanel {
  const start = record.times.startedAt;
  const end = record.times.drainedAt ?? record.times.endedAt;
  const samples = record.samples.filter((sample) => sample.at >= start);
  const circuit: { from: number; to: number; state: CircuitState }[] = [];
  samples.forEach((sample, index) => {
    const t = sample.at - start;
    const next = samples[index + 1];
    const to = next ? next.at - start : end - start;
    const last = circuit.at(-1);
    if (last && last.state === sample.circuit) last.to = to;
    else circuit.push({ from: t, to, state: sample.circuit });
  });
  const markers = [
    { t: record.times.faultAt - start, label: record.kind === 'mode' ? 'gateway down' : 'fault on' },
    { t: record.times.healAt - start, label: 'healed' },
    ...record.times.resets.map((at) => ({ t: at - start, label: 'admin reset' })),
  ];
  return {
    title: `${record.title} (${record.id})`,
    durationMs: end - start,
    points: samples.map((sample) => ({ t: sample.at - start, counts: sample.orders })),
    circuit: circuit.filter((band) => band.state !== 'CLOSED'),
    markers,
  };
}
