import type { ProblemDetails } from '@unstoppable/core';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { OrderApiError } from '../errors';

/** What a route returns: a status, a JSON body and extra headers. */
export interface ApiResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  /** Keys the request's `request handled` log line carries (e.g. `orderId`, `executionName`); never sent. */
  readonly logKeys?: Readonly<Record<string, string>>;
}

export const jsonResult = (
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): ApiResult => ({
  status,
  body,
  headers,
});

/** Serialises a route's result as an HTTP API response (always JSON, never cached). */
export function toHttpResponse(
  result: ApiResult,
  contentType = 'application/json',
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: result.status,
    headers: { 'content-type': contentType, 'cache-control': 'no-store', ...result.headers },
    body: JSON.stringify(result.body),
    isBase64Encoded: false,
  };
}

/** The RFC 9457 body of an API error; anything else becomes a bare 500 that reveals nothing. */
export function problemOf(
  error: unknown,
  instance: string,
): { problem: ProblemDetails; headers: Record<string, string> } {
  if (error instanceof OrderApiError) {
    return {
      problem: {
        ...error.extensions,
        type: error.type,
        title: error.title,
        status: error.status,
        detail: error.message,
        instance,
        ...(error.errors ? { errors: error.errors } : {}),
      },
      headers: { ...error.headers },
    };
  }
  return {
    problem: {
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'the request could not be completed; it is safe to retry with the same Idempotency-Key',
      instance,
    },
    headers: {},
  };
}

/** Serialises an error as an `application/problem+json` response. */
export function problemResponse(error: unknown, instance: string): APIGatewayProxyStructuredResultV2 {
  const { problem, headers } = problemOf(error, instance);
  return toHttpResponse({ status: problem.status, body: problem, headers }, 'application/problem+json');
}
