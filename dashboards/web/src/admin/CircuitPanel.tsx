import type { CircuitView } from '@unstoppable/core';
import { useState } from 'react';
import { ConfirmAction } from '../ui/ConfirmAction';
import { CircuitBadge } from './CircuitBadge';

export interface CircuitPanelProps {
  readonly circuit?: CircuitView;
  /** Each action reports its own errors; it resolves once done. */
  readonly onReset: () => Promise<unknown>;
  readonly onForceOpen: (reason?: string) => Promise<unknown>;
}

/** The circuit badge and the two admin actions, each behind a confirmation step. */
export function CircuitPanel({ circuit, onReset, onForceOpen }: CircuitPanelProps) {
  const [reason, setReason] = useState('');
  return (
    <section className="panel" aria-labelledby="circuit-heading" data-testid="circuit-panel">
      <h2 id="circuit-heading">Payment gateway circuit</h2>
      <CircuitBadge circuit={circuit} />
      <div className="button-row">
        <ConfirmAction
          label="Reset circuit…"
          prompt="Reset the circuit to CLOSED? Queued orders will be charged again at once."
          confirmLabel="Confirm reset"
          testId="circuit-reset"
          onConfirm={onReset}
        />
        <ConfirmAction
          label="Force open…"
          prompt="Force the circuit open? No order will be charged until someone resets it."
          confirmLabel="Confirm force open"
          testId="circuit-force-open"
          danger
          onConfirm={async () => {
            await onForceOpen(reason.trim() || undefined);
            setReason('');
          }}
        >
          <div className="field">
            <label htmlFor="force-open-reason">Reason (optional)</label>
            <input
              id="force-open-reason"
              maxLength={200}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-testid="circuit-force-open-reason"
            />
          </div>
        </ConfirmAction>
      </div>
    </section>
  );
}
