import type { FieldError } from '@unstoppable/core';
import type { InputHTMLAttributes } from 'react';

export interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  readonly id: string;
  readonly label: string;
  /** Errors for this field (matched by the caller); shown under the input and linked to it. */
  readonly errors?: readonly FieldError[];
  readonly hint?: string;
}

/** A labelled input with its hint and errors wired through aria-describedby. */
export function FormField({ id, label, errors = [], hint, ...input }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={describedBy}
        {...input}
      />
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p className="field-error" id={errorId}>
          {errors.map((error) => error.message).join('; ')}
        </p>
      ) : null}
    </div>
  );
}

/** The errors whose field is `field` or lies under it (`items` matches `items[0].quantity`). */
export function errorsFor(errors: readonly FieldError[], field: string): FieldError[] {
  return errors.filter(
    (error) =>
      error.field === field || error.field.startsWith(`${field}.`) || error.field.startsWith(`${field}[`),
  );
}
