import type { CircuitView } from '@unstoppable/core';
import { formatDateTime, MISSING } from '../format/format';

/** What each circuit state means for an operator. */
const STATE_MEANING: Record<CircuitView['state'], string> = {
  CLOSED: 'Gateway healthy: orders are charged at once.',
  OPEN: 'Gateway failing: orders are queued and retried after the cool-down.',
  HALF_OPEN: 'Cool-down over: one probe order is testing the gateway.',
  FORCED_OPEN: 'Forced open by an admin: orders are queued until the circuit is reset.',
};

export interface CircuitBadgeProps {
  readonly circuit?: CircuitView;
}

/** The circuit state as a large coloured badge, with failure count, opened-at and probe owner. */
export function CircuitBadge({ circuit }: CircuitBadgeProps) {
  if (!circuit) {
    return (
      <p className="circuit-badge state-unknown" data-testid="circuit-badge" data-state="UNKNOWN">
        Loading…
      </p>
    );
  }
  return (
    <div>
      <p
        className={`circuit-badge state-${circuit.state}`}
        data-testid="circuit-badge"
        data-state={circuit.state}
      >
        {circuit.state.replace('_', ' ')}
      </p>
      <p className="muted small">{STATE_MEANING[circuit.state]}</p>
      <dl className="facts">
        <dt>Failures</dt>
        <dd data-testid="circuit-failures">{circuit.failures}</dd>
        <dt>Opened at</dt>
        <dd data-testid="circuit-opened-at">{formatDateTime(circuit.openedAt)}</dd>
        <dt>Probe owner</dt>
        <dd data-testid="circuit-probe-owner" className="break">
          {circuit.probeOwner ?? MISSING}
        </dd>
        <dt>Opens in a row</dt>
        <dd data-testid="circuit-consecutive-opens">{circuit.consecutiveOpens}</dd>
        {circuit.reason ? (
          <>
            <dt>Reason</dt>
            <dd data-testid="circuit-reason">{circuit.reason}</dd>
          </>
        ) : null}
        {circuit.updatedBy ? (
          <>
            <dt>Last change</dt>
            <dd className="break">
              {circuit.updatedBy} at {formatDateTime(circuit.updatedAt)}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
