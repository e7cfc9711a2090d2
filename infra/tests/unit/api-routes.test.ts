import { adminRoutes } from '@unstoppable/order-api/src/admin/admin-routes';
import { statusRoutes } from '@unstoppable/order-api/src/circuit/status-routes';
import { orderRoutes } from '@unstoppable/order-api/src/orders/order-routes';
import { productRoutes } from '@unstoppable/order-api/src/products/product-routes';
import { API_ROUTES, routeId } from '../../src/api-routes';

/** The route table of the order API, as its `createOrderApi` composes it (the handlers never run here). */
function servedRoutes(): { routeKey: string; admin: boolean }[] {
  const unused = {} as never;
  return [
    ...statusRoutes(unused),
    ...productRoutes(unused),
    ...orderRoutes(unused),
    ...adminRoutes(unused),
  ].map((route) => ({
    routeKey: `${route.method} ${route.path}`,
    admin: route.admin === true,
  }));
}

const byKey = (a: { routeKey: string }, b: { routeKey: string }) => a.routeKey.localeCompare(b.routeKey);

describe('API_ROUTES', () => {
  it('declares exactly the routes the order API serves, admin ones as admin', () => {
    // A route missing here would be unreachable on AWS; an admin route declared public would
    // reach the function without the JWT authorizer.
    expect([...API_ROUTES].sort(byKey)).toEqual(servedRoutes().sort(byKey));
  });

  it('gives every route a distinct Terraform id', () => {
    const ids = API_ROUTES.map((route) => routeId(route.routeKey));
    expect(new Set(ids).size).toBe(ids.length);
    expect(routeId('GET /orders/{id}')).toBe('get-orders-id');
  });
});
