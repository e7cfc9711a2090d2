import { MethodNotAllowedError, NotFoundError } from '../errors';
import type { ApiRequest } from './api-request';
import type { ApiResult } from './api-response';

/** What a route handler receives: the request, the `{name}` path parameters, the admin actor. */
export interface RouteContext {
  readonly request: ApiRequest;
  readonly params: Readonly<Record<string, string>>;
  /** Who made an admin request (set only on admin routes, after authentication). */
  readonly actor?: string;
}

export type RouteHandler = (context: RouteContext) => Promise<ApiResult>;

export interface Route {
  readonly method: string;
  /** A path with `{name}` segments, e.g. `/orders/{id}`. */
  readonly path: string;
  readonly handler: RouteHandler;
  /** Admin routes need a credential before the handler runs. */
  readonly admin?: boolean;
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Readonly<Record<string, string>>;
}

/** Matches a raw path against a route path; parameters are URL-decoded (undefined on a bad escape). */
function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < want.length; index += 1) {
    const expected = want[index] ?? '';
    const actual = got[index] ?? '';
    if (expected.startsWith('{') && expected.endsWith('}')) {
      if (actual === '') return undefined;
      let decoded: string;
      try {
        decoded = decodeURIComponent(actual);
      } catch {
        decoded = actual;
      }
      params[expected.slice(1, -1)] = decoded;
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

/**
 * A small exact router: literal segments and `{name}` parameters, literal routes first.
 * Unknown paths are 404; known paths with another method are 405 with `Allow`.
 */
export class Router {
  private readonly routes: Route[];

  constructor(routes: readonly Route[]) {
    const literalFirst = (route: Route) => (route.path.includes('{') ? 1 : 0);
    this.routes = [...routes].sort((a, b) => literalFirst(a) - literalFirst(b));
  }

  /** The route for a request; throws NotFoundError or MethodNotAllowedError. */
  match(request: Pick<ApiRequest, 'method' | 'path'>): RouteMatch {
    const allowed: string[] = [];
    for (const route of this.routes) {
      const params = matchPath(route.path, request.path);
      if (!params) continue;
      if (route.method === request.method) return { route, params };
      allowed.push(route.method);
    }
    if (allowed.length === 0) throw new NotFoundError(`no resource at ${request.path}`);
    throw new MethodNotAllowedError(request.method, request.path, [...new Set(allowed)]);
  }
}
