import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';

/** One line describing the machine and runtime the figures come from. */
export function describeMachine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memoryGb = (totalmem() / 1024 ** 3).toFixed(1);
  return `${availableParallelism()} x ${cpu}, ${memoryGb} GB RAM, ${process.platform}/${process.arch}, Node ${process.version}`;
}

/** The 1-minute load average: other work on the machine skews every figure. */
export function describeLoad(): string {
  return `load average (1 min): ${(loadavg()[0] ?? 0).toFixed(2)}`;
}
