import {
  ORDER_ID_PATTERN,
  ORDER_STATUSES,
  type OrderStatus,
  type OrderView,
  orderLogKeys,
  type Page,
  validate,
} from '@unstoppable/core';
import * as z from 'zod';
import { NotFoundError, RequestValidationError } from '../errors';
import { jsonResult } from '../http/api-response';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { cursorParam, limitParam, parseQuery } from '../http/query';
import type { Route } from '../http/router';
import { orderPageKeySchema } from './order-repository';
import { type PlaceOrderDeps, placeOrder } from './place-order';
import { toOrderView } from './stored-order';

const listOrdersQuery = z.strictObject({
  status: z
    .enum(ORDER_STATUSES as [OrderStatus, ...OrderStatus[]], {
      error: `must be one of ${ORDER_STATUSES.join(', ')}`,
    })
    .optional(),
  limit: limitParam,
  cursor: cursorParam,
});

const orderIdParam = z.strictObject({
  id: z.string().regex(ORDER_ID_PATTERN, { error: 'must be 8-64 letters, digits, dashes or underscores' }),
});

/** `POST /orders`, `GET /orders`, `GET /orders/{id}`. */
export function orderRoutes(deps: PlaceOrderDeps): Route[] {
  return [
    { method: 'POST', path: '/orders', handler: ({ request }) => placeOrder(request, deps) },
    {
      method: 'GET',
      path: '/orders',
      handler: async ({ request }) => {
        const query = parseQuery(listOrdersQuery, request.query);
        const startKey = decodeCursor(query.cursor, orderPageKeySchema(query.status));
        const page = await deps.orders.list({ status: query.status, limit: query.limit, startKey });
        const body: Page<OrderView> = {
          items: page.orders.map(toOrderView),
          ...(page.lastKey ? { nextCursor: encodeCursor(page.lastKey) } : {}),
        };
        return jsonResult(200, body);
      },
    },
    {
      method: 'GET',
      path: '/orders/{id}',
      handler: async ({ params }) => {
        const checked = validate(orderIdParam, params);
        if (!checked.ok) throw new RequestValidationError(checked.errors);
        const order = await deps.orders.find(checked.value.id);
        if (!order) throw new NotFoundError(`order ${checked.value.id} does not exist`);
        return {
          ...jsonResult(200, toOrderView(order)),
          logKeys: orderLogKeys(order.orderId, order.attempt),
        };
      },
    },
  ];
}
