import type { QueueDepth, QueueStats } from '@unstoppable/core';
import { MISSING } from '../format/format';

export interface QueuePanelProps {
  readonly stats?: QueueStats;
}

/** Total messages in a queue, whatever their state. */
export const queueDepth = (depth: QueueDepth): number => depth.messages + depth.delayed + depth.inFlight;

function QueueFacts({ name, depth, testId }: { name: string; depth?: QueueDepth; testId: string }) {
  return (
    <div className="queue" data-testid={testId}>
      <h3>{name}</h3>
      <p className="queue-depth">
        <span className="big-number" data-testid={`${testId}-depth`}>
          {depth ? queueDepth(depth) : MISSING}
        </span>{' '}
        messages
      </p>
      <dl className="facts">
        <dt>Ready</dt>
        <dd data-testid={`${testId}-messages`}>{depth?.messages ?? MISSING}</dd>
        <dt>Delayed</dt>
        <dd data-testid={`${testId}-delayed`}>{depth?.delayed ?? MISSING}</dd>
        <dt>In flight</dt>
        <dd data-testid={`${testId}-in-flight`}>{depth?.inFlight ?? MISSING}</dd>
      </dl>
    </div>
  );
}

/** Depth of the retry queue and of its dead-letter queue (approximate, as SQS reports it). */
export function QueuePanel({ stats }: QueuePanelProps) {
  return (
    <section className="panel" aria-labelledby="queue-heading" data-testid="queue-panel">
      <h2 id="queue-heading">Queues</h2>
      <div className="queues">
        <QueueFacts name="Retry queue" depth={stats?.retry} testId="queue-retry" />
        <QueueFacts name="Dead-letter queue" depth={stats?.deadLetter} testId="queue-dead-letter" />
      </div>
    </section>
  );
}
