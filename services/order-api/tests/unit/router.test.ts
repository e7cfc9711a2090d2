import { MethodNotAllowedError, NotFoundError } from '../../src';
import { jsonResult } from '../../src/http/api-response';
import { type Route, Router } from '../../src/http/router';

const route = (method: string, path: string): Route => ({
  method,
  path,
  handler: async () => jsonResult(200, {}),
});

describe('Router', () => {
  const router = new Router([
    route('GET', '/orders/{id}'),
    route('GET', '/orders/summary'),
    route('POST', '/orders'),
    route('GET', '/orders'),
  ]);

  it('matches literal routes before parameter routes', () => {
    expect(router.match({ method: 'GET', path: '/orders/summary' }).route.path).toBe('/orders/summary');
  });

  it('decodes path parameters', () => {
    expect(router.match({ method: 'GET', path: '/orders/a%2Db' }).params).toEqual({ id: 'a-b' });
  });

  it('keeps a parameter with a broken escape as sent, for validation to refuse', () => {
    expect(router.match({ method: 'GET', path: '/orders/%E0%A4%A' }).params).toEqual({ id: '%E0%A4%A' });
  });

  it('throws NotFoundError for unknown paths and empty parameters', () => {
    expect(() => router.match({ method: 'GET', path: '/orders/' })).toThrow(NotFoundError);
    expect(() => router.match({ method: 'GET', path: '/nope' })).toThrow(NotFoundError);
  });

  it('throws MethodNotAllowedError listing the allowed methods once each', () => {
    try {
      router.match({ method: 'PATCH', path: '/orders' });
      throw new Error('expected a 405');
    } catch (error) {
      expect(error).toBeInstanceOf(MethodNotAllowedError);
      expect((error as MethodNotAllowedError).headers).toEqual({ allow: 'POST, GET' });
    }
  });
});
