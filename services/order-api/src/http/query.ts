import { ORDER_API_LIMITS, validate } from '@unstoppable/core';
import * as z from 'zod';
import { RequestValidationError } from '../errors';

/** `?limit=`: a whole number 1..maxPageSize, default defaultPageSize. */
export const limitParam = z
  .string()
  .regex(/^[0-9]{1,4}$/, { error: `must be a whole number between 1 and ${ORDER_API_LIMITS.maxPageSize}` })
  .transform(Number)
  .pipe(
    z
      .number()
      .min(1, { error: 'must be at least 1' })
      .max(ORDER_API_LIMITS.maxPageSize, { error: `must be at most ${ORDER_API_LIMITS.maxPageSize}` }),
  )
  .default(ORDER_API_LIMITS.defaultPageSize);

/** `?cursor=`: an opaque page token as returned in `nextCursor`. */
export const cursorParam = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(2048, { error: 'is too long' })
  .optional();

/** Validates query parameters with a strict schema (unknown parameters are refused by name). */
export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: Readonly<Record<string, string>>,
): z.infer<S> {
  const result = validate(schema, query);
  if (!result.ok) throw new RequestValidationError(result.errors);
  return result.value;
}
