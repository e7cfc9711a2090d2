/** One route of the HTTP API, in API Gateway's `METHOD /path` form. */
export interface ApiRoute {
  readonly routeKey: string;
  /** Admin routes need a valid JWT from the admin identity provider. */
  readonly admin: boolean;
}

/**
 * Every route the order API serves (services/order-api/README.md); all go to the order-api Lambda
 * (payload format 2.0). Declared one by one so an unknown path never reaches the function.
 */
export const API_ROUTES: readonly ApiRoute[] = [
  { routeKey: 'POST /orders', admin: false },
  { routeKey: 'GET /orders', admin: false },
  { routeKey: 'GET /orders/{id}', admin: false },
  { routeKey: 'GET /products', admin: false },
  { routeKey: 'GET /circuit', admin: false },
  { routeKey: 'GET /health', admin: false },
  { routeKey: 'GET /admin/chaos', admin: true },
  { routeKey: 'PUT /admin/chaos', admin: true },
  { routeKey: 'POST /admin/circuit/reset', admin: true },
  { routeKey: 'POST /admin/circuit/open', admin: true },
  { routeKey: 'GET /admin/queue', admin: true },
  { routeKey: 'GET /admin/notifications', admin: true },
];

/** Terraform-safe id of a route (`POST /orders/{id}` -> `post-orders-id`). */
export function routeId(routeKey: string): string {
  return routeKey
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
