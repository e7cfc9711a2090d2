import type { z } from 'zod';

/** One rejected field: its path (`items[0].quantity`), the rule it broke and a readable message. */
export interface FieldError {
  readonly field: string;
  readonly rule: string;
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** Renders a zod issue path as `items[0].quantity`; the root is `(body)`. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(body)';
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** Parses with a zod schema and returns the named field errors instead of throwing. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldError[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          field: formatPath([...issue.path, key]),
          rule: 'unknown_field',
          message: 'is not an allowed field',
        });
      }
      continue;
    }
    errors.push({ field: formatPath(issue.path), rule: issue.code, message: issue.message });
  }
  return { ok: false, errors };
}
