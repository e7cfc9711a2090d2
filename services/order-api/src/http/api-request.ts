import type {
  APIGatewayEventRequestContextJWTAuthorizer,
  APIGatewayEventRequestContextV2,
  APIGatewayProxyEventV2WithRequestContext,
} from 'aws-lambda';
import { MalformedJsonError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../errors';

/** An HTTP API (payload v2) event, with the JWT authorizer's context when API Gateway adds one. */
export type ApiEvent = APIGatewayProxyEventV2WithRequestContext<
  APIGatewayEventRequestContextV2 & { authorizer?: Partial<APIGatewayEventRequestContextJWTAuthorizer> }
>;

/** The parts of a request the routes use, normalised (lower-case header names, decoded body). */
export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  readonly event: ApiEvent;
}

/** Reads the request out of an HTTP API event. */
export function toApiRequest(event: ApiEvent): ApiRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (value !== undefined) headers[name.toLowerCase()] = value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of Object.entries(event.queryStringParameters ?? {})) {
    if (value !== undefined) query[name] = value;
  }
  const rawPath = event.rawPath || event.requestContext.http.path || '/';
  const path = rawPath.length > 1 && rawPath.endsWith('/') ? rawPath.slice(0, -1) : rawPath;
  const body =
    event.body === undefined || event.body === ''
      ? undefined
      : Buffer.from(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
  return { method: event.requestContext.http.method.toUpperCase(), path, headers, query, body, event };
}

export interface JsonBodyOptions {
  readonly maxBytes: number;
  /** When false an absent body reads as `undefined` instead of failing. @default true */
  readonly required?: boolean;
}

/**
 * The request body as JSON: 415 unless declared `application/json`, 413 over `maxBytes`,
 * 400 when it does not parse. Checked in that order so no oversized body is ever parsed.
 */
export function readJsonBody(request: ApiRequest, options: JsonBodyOptions): unknown {
  const required = options.required ?? true;
  if (request.body === undefined && !required) return undefined;
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') throw new UnsupportedMediaTypeError();
  if (request.body === undefined) throw new MalformedJsonError('the body is empty');
  if (request.body.byteLength > options.maxBytes) throw new PayloadTooLargeError(options.maxBytes);
  try {
    return JSON.parse(request.body.toString('utf8'));
  } catch (error) {
    // V8's message quotes the source text, which may hold card data: keep only the position.
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    throw new MalformedJsonError(
      position ? `not valid JSON (error at position ${position})` : 'not valid JSON',
    );
  }
}
