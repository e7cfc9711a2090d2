import type { FieldError } from '@unstoppable/core';

/** Options every API error accepts: the fields at fault and response headers it needs. */
export interface OrderApiErrorOptions {
  readonly errors?: readonly FieldError[];
  readonly headers?: Readonly<Record<string, string>>;
  /** RFC 9457 extension members (e.g. `orderId` on a 503 after the order was stored). */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * Base of every error the API answers with a problem details body. `type` is a relative URI
 * documented in the README (`about:blank` where the HTTP status says it all); `message` is the
 * problem's `detail` and never echoes a submitted value.
 */
export abstract class OrderApiError extends Error {
  abstract override readonly name: string;
  abstract readonly status: number;
  abstract readonly type: string;
  abstract readonly title: string;
  readonly errors?: readonly FieldError[];
  readonly headers: Readonly<Record<string, string>>;
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(detail: string, options: OrderApiErrorOptions = {}) {
    super(detail);
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }
}

const field = (name: string, rule: string, message: string): FieldError[] => [{ field: name, rule, message }];

/** 400: fields that break the schema, named one by one. */
export class RequestValidationError extends OrderApiError {
  override readonly name = 'RequestValidationError';
  readonly status = 400;
  readonly type = '/problems/validation-failed';
  readonly title = 'The request is invalid';
  constructor(errors: readonly FieldError[]) {
    super(`${errors.length} field(s) are invalid: ${errors.map((error) => error.field).join(', ')}`, {
      errors,
    });
  }
}

/** 400: the body is not JSON. */
export class MalformedJsonError extends OrderApiError {
  override readonly name = 'MalformedJsonError';
  readonly status = 400;
  readonly type = '/problems/malformed-json';
  readonly title = 'The body is not valid JSON';
  constructor(reason: string) {
    super(`the request body must be a JSON document: ${reason}`, { errors: field('(body)', 'json', reason) });
  }
}

/** 401: the admin credential is missing or wrong. */
export class UnauthorizedError extends OrderApiError {
  override readonly name = 'UnauthorizedError';
  readonly status = 401;
  readonly type = 'about:blank';
  readonly title = 'Unauthorized';
  constructor(detail: string, challenge: string) {
    super(detail, {
      errors: field('Authorization', 'credential', detail),
      headers: { 'www-authenticate': challenge },
    });
  }
}

/** 404: no such route or resource. */
export class NotFoundError extends OrderApiError {
  override readonly name = 'NotFoundError';
  readonly status = 404;
  readonly type = 'about:blank';
  readonly title = 'Not Found';
}

/** 405: the path exists, not with this method. */
export class MethodNotAllowedError extends OrderApiError {
  override readonly name = 'MethodNotAllowedError';
  readonly status = 405;
  readonly type = 'about:blank';
  readonly title = 'Method Not Allowed';
  constructor(method: string, path: string, allow: readonly string[]) {
    super(`${method} is not allowed on ${path}; use ${allow.join(' or ')}`, {
      headers: { allow: allow.join(', ') },
    });
  }
}

/** 409: an idempotency key already names an order with a different body. */
export class IdempotencyConflictError extends OrderApiError {
  override readonly name = 'IdempotencyConflictError';
  readonly status = 409;
  readonly type = '/problems/idempotency-key-reused';
  readonly title = 'The idempotency key was used for a different order';
  constructor(orderId: string, keyField: string) {
    super(`order ${orderId} already exists with a different body; use a new key for a new order`, {
      errors: field(keyField, 'idempotency_conflict', 'already names an order with a different body'),
      extensions: { orderId },
    });
  }
}

/** 413: the body is larger than the API accepts. */
export class PayloadTooLargeError extends OrderApiError {
  override readonly name = 'PayloadTooLargeError';
  readonly status = 413;
  readonly type = 'about:blank';
  readonly title = 'Content Too Large';
  constructor(limitBytes: number) {
    super(`the request body must be at most ${limitBytes} bytes`, {
      errors: field('(body)', 'max_size', `must be at most ${limitBytes} bytes`),
    });
  }
}

/** 415: the body is not declared as JSON. */
export class UnsupportedMediaTypeError extends OrderApiError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly status = 415;
  readonly type = 'about:blank';
  readonly title = 'Unsupported Media Type';
  constructor() {
    super('send the body as application/json', {
      errors: field('Content-Type', 'media_type', 'must be application/json'),
    });
  }
}

/** 503: a dependency (Step Functions, SQS) failed; the request can be retried. */
export class DependencyUnavailableError extends OrderApiError {
  override readonly name = 'DependencyUnavailableError';
  readonly status = 503;
  readonly type = '/problems/dependency-unavailable';
  readonly title = 'A dependency is unavailable';
  constructor(detail: string, extensions: Readonly<Record<string, unknown>> = {}, retryAfterSeconds = 5) {
    super(detail, { extensions, headers: { 'retry-after': String(retryAfterSeconds) } });
  }
}
