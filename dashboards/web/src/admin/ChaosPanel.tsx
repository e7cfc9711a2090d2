import type { ChaosConfig, ChaosView, FieldError } from '@unstoppable/core';
import { type FormEvent, useEffect, useState } from 'react';
import { formatDateTime } from '../format/format';
import { errorsFor, FormField } from '../ui/FormField';
import { type ChaosFormValues, chaosConfigFromForm, chaosFormValues, MAX_LATENCY_MS } from './chaos-form';

export interface ChaosPanelProps {
  /** The stored settings, once loaded. */
  readonly chaos?: ChaosView;
  /** True when the stored settings could not be read (the form then starts from no chaos). */
  readonly loadFailed?: boolean;
  /** Sends the settings; resolves with the stored result, or undefined when it failed (reported elsewhere). */
  readonly onApply: (config: ChaosConfig) => Promise<ChaosView | undefined>;
}

const BLANK: ChaosFormValues = { down: false, failurePercent: '0', latencyMs: '0', declinePercent: '0' };

/** Chaos controls for the simulated gateway: down toggle, flaky %, slow ms, decline %, and Apply. */
export function ChaosPanel({ chaos, loadFailed, onApply }: ChaosPanelProps) {
  const [values, setValues] = useState<ChaosFormValues>(BLANK);
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<ChaosView>();

  useEffect(() => {
    if (chaos) setValues(chaosFormValues(chaos.value));
  }, [chaos]);

  const shown = applied ?? chaos;
  const set = (change: Partial<ChaosFormValues>) => setValues((current) => ({ ...current, ...change }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = chaosConfigFromForm(values);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    setBusy(true);
    try {
      const view = await onApply(result.config);
      if (view) {
        setApplied(view);
        setValues(chaosFormValues(view.value));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="chaos-heading" data-testid="chaos-panel">
      <h2 id="chaos-heading">Chaos (simulated gateway)</h2>
      <form onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
        <div className="field checkbox">
          <input
            id="chaos-down"
            type="checkbox"
            checked={values.down}
            onChange={(event) => set({ down: event.currentTarget.checked })}
            data-testid="chaos-down"
          />
          <label htmlFor="chaos-down">Gateway down (every call fails)</label>
        </div>
        <FormField
          id="chaos-failure-percent"
          label="Flaky calls (%)"
          type="number"
          min={0}
          max={100}
          step="any"
          inputMode="decimal"
          value={values.failurePercent}
          errors={errorsFor(errors, 'failureRate')}
          onChange={(event) => set({ failurePercent: event.currentTarget.value })}
          data-testid="chaos-failure-percent"
        />
        <FormField
          id="chaos-latency-ms"
          label="Slow calls: added latency (ms)"
          type="number"
          min={0}
          max={MAX_LATENCY_MS}
          step={1}
          inputMode="numeric"
          value={values.latencyMs}
          errors={errorsFor(errors, 'latencyMs')}
          onChange={(event) => set({ latencyMs: event.currentTarget.value })}
          data-testid="chaos-latency-ms"
        />
        <FormField
          id="chaos-decline-percent"
          label="Declined calls (%)"
          type="number"
          min={0}
          max={100}
          step="any"
          inputMode="decimal"
          value={values.declinePercent}
          errors={errorsFor(errors, 'declineRate')}
          onChange={(event) => set({ declinePercent: event.currentTarget.value })}
          data-testid="chaos-decline-percent"
        />
        <button type="submit" className="button primary" disabled={busy} data-testid="chaos-apply">
          {busy ? 'Applying…' : 'Apply chaos'}
        </button>
      </form>
      <p className="muted small" role="status" data-testid="chaos-status">
        {shown?.updatedAt
          ? `Stored settings from ${formatDateTime(shown.updatedAt)}${shown.updatedBy ? ` by ${shown.updatedBy}` : ''}.`
          : shown
            ? 'No chaos set: the gateway behaves normally.'
            : loadFailed
              ? 'The stored settings could not be read; Apply sets all four values.'
              : 'Loading the stored settings…'}
      </p>
    </section>
  );
}
