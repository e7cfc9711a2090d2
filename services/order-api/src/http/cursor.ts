import { validate } from '@unstoppable/core';
import type * as z from 'zod';
import { RequestValidationError } from '../errors';

const invalidCursor = (message: string) =>
  new RequestValidationError([{ field: 'cursor', rule: 'invalid_cursor', message }]);

/** Encodes a DynamoDB `LastEvaluatedKey` as an opaque page token (base64url JSON). */
export function encodeCursor(key: Record<string, unknown> | undefined): string | undefined {
  return key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : undefined;
}

/**
 * Decodes a page token back into an `ExclusiveStartKey`, accepting only the exact key shape of
 * the listing (`schema`) so a forged cursor cannot steer the query. Throws a 400 naming `cursor`.
 */
export function decodeCursor<S extends z.ZodType>(
  cursor: string | undefined,
  schema: S,
): z.infer<S> | undefined {
  if (cursor === undefined) return undefined;
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalidCursor('must be a page token returned as nextCursor');
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('must be a page token returned as nextCursor');
  }
  const result = validate(schema, decoded);
  if (!result.ok) throw invalidCursor('does not belong to this listing; start again without a cursor');
  return result.value;
}
