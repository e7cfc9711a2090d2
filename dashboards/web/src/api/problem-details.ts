import type { FieldError, ProblemDetails } from '@unstoppable/core';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const nonEmptyString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function fieldErrorsOf(value: unknown): FieldError[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const errors = value.flatMap((entry): FieldError[] => {
    if (!isRecord(entry)) return [];
    const field = nonEmptyString(entry.field);
    const message = nonEmptyString(entry.message);
    if (!field || !message) return [];
    return [{ field, rule: nonEmptyString(entry.rule) ?? 'invalid', message }];
  });
  return errors.length > 0 ? errors : undefined;
}

/**
 * Reads an error response body as problem details. A body that is not a problem (HTML from a proxy,
 * empty, malformed JSON) still gives a usable problem whose title names the HTTP status.
 *
 * @example
 * toProblemDetails('{"title":"The request is invalid","status":400}', 400, 'Bad Request')
 */
export function toProblemDetails(bodyText: string, status: number, statusText = ''): ProblemDetails {
  let body: unknown;
  try {
    body = bodyText.trim() === '' ? undefined : JSON.parse(bodyText);
  } catch {
    body = undefined;
  }
  const fallbackTitle = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (!isRecord(body)) {
    return { type: 'about:blank', title: fallbackTitle, status };
  }
  const detail = nonEmptyString(body.detail);
  const instance = nonEmptyString(body.instance);
  const errors = fieldErrorsOf(body.errors);
  return {
    type: nonEmptyString(body.type) ?? 'about:blank',
    title: nonEmptyString(body.title) ?? fallbackTitle,
    status: typeof body.status === 'number' ? body.status : status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    ...(errors ? { errors } : {}),
  };
}
