import { BenchError } from '../errors';

/** The forwarder bench printed no stage lines. */
export class ForwarderOutputError extends BenchError {
  override readonly name = 'ForwarderOutputError';
}

/** One stage line of the forwarder's bench: mean time per ~1 MB batch and events per second. */
export interface ForwarderStage {
  readonly stage: string;
  readonly msPerBatch: number;
  readonly eventsPerSecond: number;
}

export interface ForwarderOutput {
  readonly stages: readonly ForwarderStage[];
  /** The other lines (payload and Node description). */
  readonly context: readonly string[];
}

const STAGE_LINE = /^(.+?)\s+([\d.]+) ms\/batch\s+([\d,]+) events\/s$/;

/** Parses what services/loki-forwarder/scripts/bench.ts prints. */
export function parseForwarderOutput(stdout: string): ForwarderOutput {
  const stages: ForwarderStage[] = [];
  const context: string[] = [];
  for (const line of stdout.split('\n').map((text) => text.trim())) {
    if (line === '') continue;
    const match = STAGE_LINE.exec(line);
    if (match?.[1] && match[2] && match[3]) {
      stages.push({
        stage: match[1].trim(),
        msPerBatch: Number(match[2]),
        eventsPerSecond: Number(match[3].replaceAll(',', '')),
      });
    } else {
      context.push(line);
    }
  }
  if (stages.length === 0)
    throw new ForwarderOutputError(`no "<stage> <ms> ms/batch <n> events/s" line in: ${stdout}`);
  return { stages, context };
}
