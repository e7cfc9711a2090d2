import type { Logger } from '@aws-lambda-powertools/logger';
import { type Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import {
  type createOrderInputSchema,
  type FieldError,
  IDEMPOTENCY_KEY_HEADER,
  MetricName,
  ORDER_API_LIMITS,
  ORDER_ID_PATTERN,
  type OrderInput,
  OrderStatus,
  orderLogKeys,
  type Product,
  validate,
} from '@unstoppable/core';
import { DependencyUnavailableError, IdempotencyConflictError, RequestValidationError } from '../errors';
import { type ApiRequest, readJsonBody } from '../http/api-request';
import { type ApiResult, jsonResult } from '../http/api-response';
import type { PriceList } from '../products/price-list';
import type { OrderRepository } from './order-repository';
import type { OrderWorkflowStarter, StartOutcome } from './order-workflow-starter';
import { priceErrors } from './price-check';
import { isSameSubmission, newStoredOrder, type StoredOrder, toOrderView } from './stored-order';

export interface PlaceOrderDeps {
  readonly orders: OrderRepository;
  readonly workflow: OrderWorkflowStarter;
  readonly schema: ReturnType<typeof createOrderInputSchema>;
  /** The catalog's prices: every item must name a product at its price and currency. */
  readonly prices: Pick<PriceList, 'bySku'>;
  readonly newOrderId: () => string;
  readonly now: () => Date;
  readonly logger: Logger;
  /** Counts new orders (`OrdersPlaced`); the API flushes it after each request. */
  readonly metrics: Pick<Metrics, 'addMetric'>;
}

interface Submission {
  readonly input: OrderInput;
  /** The client's key (header or body `orderId`) and the field it came from, if any. */
  readonly key?: { readonly value: string; readonly field: string };
}

/** Validates body and idempotency key together, so every field at fault is named at once. */
function parseSubmission(request: ApiRequest, deps: PlaceOrderDeps): Submission {
  const body = readJsonBody(request, { maxBytes: ORDER_API_LIMITS.maxBodyBytes });
  const errors: FieldError[] = [];
  const header = request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()];
  if (header !== undefined && !ORDER_ID_PATTERN.test(header)) {
    errors.push({
      field: IDEMPOTENCY_KEY_HEADER,
      rule: 'invalid_format',
      message: 'must be 8-64 letters, digits, dashes or underscores',
    });
  }
  const result = validate(deps.schema, body);
  if (!result.ok) errors.push(...result.errors);
  if (
    result.ok &&
    header !== undefined &&
    result.value.orderId !== undefined &&
    header !== result.value.orderId
  ) {
    errors.push({
      field: 'orderId',
      rule: 'idempotency_key_mismatch',
      message: `must equal the ${IDEMPOTENCY_KEY_HEADER} header when both are sent`,
    });
  }
  if (errors.length > 0 || !result.ok) throw new RequestValidationError(errors);
  if (header !== undefined)
    return { input: result.value, key: { value: header, field: IDEMPOTENCY_KEY_HEADER } };
  if (result.value.orderId !== undefined)
    return { input: result.value, key: { value: result.value.orderId, field: 'orderId' } };
  return { input: result.value };
}

/** Starts attempt 1; a failure leaves the order PENDING and answers 503 (a retried POST starts it). */
async function startWorkflow(
  order: StoredOrder,
  deps: PlaceOrderDeps,
  replay: boolean,
): Promise<StartOutcome> {
  try {
    const outcome = replay ? await deps.workflow.ensureStarted(order) : await deps.workflow.start(order);
    deps.logger.info('order workflow started', { ...orderLogKeys(order.orderId, order.attempt), outcome });
    return outcome;
  } catch (error) {
    deps.logger.error('order workflow could not be started; the order stays PENDING', {
      ...orderLogKeys(order.orderId, order.attempt),
      error,
    });
    throw new DependencyUnavailableError(
      `order ${order.orderId} is stored as PENDING but its workflow could not be started; ` +
        `repeat the same request with ${IDEMPOTENCY_KEY_HEADER}: ${order.orderId} to start it`,
      { orderId: order.orderId },
    );
  }
}

/** The catalog disagreements of an order; 503 when the catalog cannot be read (nothing is written). */
async function catalogErrors(input: OrderInput, deps: PlaceOrderDeps): Promise<FieldError[]> {
  let prices: ReadonlyMap<string, Product>;
  try {
    prices = await deps.prices.bySku();
  } catch (error) {
    deps.logger.error('catalog unreadable; order not accepted', { error });
    throw new DependencyUnavailableError('the product catalog cannot be read; repeat the same request');
  }
  return priceErrors(input, prices);
}

const location = (orderId: string) => ({ location: `/orders/${encodeURIComponent(orderId)}` });

/**
 * `POST /orders`: validates (schema, then prices against the catalog), stores the order once per
 * idempotency key (conditional create), starts its workflow and answers 202 with the order. A replay of the same submission answers
 * with the stored order: 200, or 202 when the replay had to start the workflow (the first start
 * failed); a different body under a used key is 409. The payment token is stored but never returned or logged.
 */
export async function placeOrder(request: ApiRequest, deps: PlaceOrderDeps): Promise<ApiResult> {
  const { input, key } = parseSubmission(request, deps);
  const orderId = key?.value ?? deps.newOrderId();
  const mispriced = await catalogErrors(input, deps);
  const order = newStoredOrder(orderId, input, deps.now());
  if (mispriced.length === 0 && (await deps.orders.create(order))) {
    const keys = orderLogKeys(orderId, order.attempt);
    deps.metrics.addMetric(MetricName.OrdersPlaced, MetricUnit.Count, 1);
    deps.logger.info('order accepted', {
      ...keys,
      amount: order.amount,
      currency: order.currency,
      itemCount: order.items.length,
    });
    await startWorkflow(order, deps, false);
    return { ...jsonResult(202, toOrderView(order), location(orderId)), logKeys: keys };
  }
  // A replay of a stored order answers with it even if a price changed since it was placed.
  const existing = key ? await deps.orders.find(orderId) : undefined;
  if (!existing || !key) {
    if (mispriced.length > 0) throw new RequestValidationError(mispriced);
    throw new Error(`order ${orderId} reported as existing but not readable`);
  }
  const keys = orderLogKeys(orderId, existing.attempt);
  if (!isSameSubmission(existing, input)) {
    deps.logger.warn('idempotency key reused with a different order', { ...keys, keyField: key.field });
    throw new IdempotencyConflictError(orderId, key.field);
  }
  deps.logger.info('order submission replayed', { ...keys, status: existing.status });
  // Still PENDING at attempt 1: the first start may have failed (503), so make sure it runs.
  const pending = existing.status === OrderStatus.PENDING && existing.attempt === 1;
  const outcome = pending ? await startWorkflow(existing, deps, true) : 'already-started';
  return {
    ...jsonResult(outcome === 'started' ? 202 : 200, toOrderView(existing), location(orderId)),
    logKeys: keys,
  };
}
