import { type ReactNode, useEffect, useRef, useState } from 'react';

export interface ConfirmActionProps {
  /** Text of the button that asks for confirmation, e.g. "Reset circuit…". */
  readonly label: string;
  /** The question shown in the confirmation step. */
  readonly prompt: string;
  /** Text of the button that carries out the action, e.g. "Confirm reset". */
  readonly confirmLabel: string;
  /** Prefix of the data-testids: `<id>`, `<id>-confirm`, `<id>-cancel`. */
  readonly testId: string;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  /** Extra inputs shown in the confirmation step (e.g. a reason). */
  readonly children?: ReactNode;
  readonly onConfirm: () => Promise<unknown>;
}

/**
 * A button with an in-page confirmation step (no window.confirm): focus moves to the confirm
 * button, Escape or Cancel goes back and returns focus to the first button.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { label, prompt, confirmLabel, testId, danger, disabled, children, onConfirm } = props;
  const [step, setStep] = useState<'idle' | 'confirming' | 'busy'>('idle');
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'confirming') confirm.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [step]);

  const cancel = () => {
    returnFocus.current = true;
    setStep('idle');
  };
  const run = async () => {
    setStep('busy');
    try {
      await onConfirm();
    } finally {
      returnFocus.current = true;
      setStep('idle');
    }
  };

  if (step === 'idle') {
    return (
      <button
        ref={trigger}
        type="button"
        className={`button${danger ? ' danger' : ''}`}
        disabled={disabled}
        onClick={() => setStep('confirming')}
        data-testid={testId}
      >
        {label}
      </button>
    );
  }
  return (
    <fieldset
      className="confirm-step"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && step === 'confirming') cancel();
      }}
      data-testid={`${testId}-step`}
    >
      <legend className="confirm-prompt">{prompt}</legend>
      {children}
      <div className="button-row">
        <button
          ref={confirm}
          type="button"
          className={`button${danger ? ' danger' : ' primary'}`}
          disabled={step === 'busy'}
          onClick={() => void run()}
          data-testid={`${testId}-confirm`}
        >
          {step === 'busy' ? 'Working…' : confirmLabel}
        </button>
        <button
          type="button"
          className="button"
          disabled={step === 'busy'}
          onClick={cancel}
          data-testid={`${testId}-cancel`}
        >
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
