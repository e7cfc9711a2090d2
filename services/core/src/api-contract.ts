// Kept free of zod and of other runtime imports: the web app (dashboards/web) bundles the constants
// of this module, so request schemas live in admin-requests.ts.
import type { CircuitItem } from './circuit';
import type { Product } from './demo-catalog';
import type { Order } from './order';
import type { ChaosConfig } from './runtime-config';
import type { FieldError } from './validation';

/**
 * Limits of the order API (`@unstoppable/order-api`), shared with the clients that call it.
 */
export const ORDER_API_LIMITS = {
  /** Largest request body accepted, in bytes; larger bodies get 413. */
  maxBodyBytes: 16 * 1024,
  /** Page size of a listing when `limit` is not given. */
  defaultPageSize: 20,
  /** Largest `limit` a listing accepts. */
  maxPageSize: 100,
} as const;

/** Request header carrying a client's idempotency key (same format as a client order id). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** An RFC 9457 problem details body (`application/problem+json`), as every API error is sent. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  /** The fields at fault, as `validate` names them (`items[0].quantity`, `cursor`, ...). */
  readonly errors?: readonly FieldError[];
  /** Extension member on 409 and on a 503 after the order was stored: the order concerned. */
  readonly orderId?: string;
}

/**
 * The `rule` of a field error by which `POST /orders` (400) says the order disagrees with the
 * catalog: the client priced it from a product list that has changed since.
 */
export const CatalogRule = {
  unknownSku: 'unknown_sku',
  currencyMismatch: 'currency_mismatch',
  priceMismatch: 'price_mismatch',
} as const;

export type CatalogRule = (typeof CatalogRule)[keyof typeof CatalogRule];

const CATALOG_RULES: readonly string[] = Object.values(CatalogRule);

/** Whether a field error's rule is a {@link CatalogRule}. */
export const isCatalogRule = (rule: string): rule is CatalogRule => CATALOG_RULES.includes(rule);

/** An order as the API shows it: everything but the payment token. */
export type OrderView = Omit<Order, 'paymentToken'>;

/** One page of a listing; pass `nextCursor` back as `?cursor=` for the next page. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

/** `GET /products`: the whole catalog, sorted by name (it is small, so it has no pages). */
export interface ProductListing {
  readonly items: readonly Product[];
}

/** The circuit as `GET /circuit` shows it (a missing item shows as CLOSED). */
export type CircuitView = CircuitItem;

/** Approximate depth of one SQS queue. */
export interface QueueDepth {
  /** ApproximateNumberOfMessages: ready to be received. */
  readonly messages: number;
  /** ApproximateNumberOfMessagesDelayed: waiting out their delay. */
  readonly delayed: number;
  /** ApproximateNumberOfMessagesNotVisible: received, being processed. */
  readonly inFlight: number;
}

/** `GET /admin/queue`: the retry queue and its dead-letter queue. */
export interface QueueStats {
  readonly retry: QueueDepth;
  readonly deadLetter: QueueDepth;
}

/** `GET /admin/chaos` and `PUT /admin/chaos`: the stored chaos settings (defaults when never set). */
export interface ChaosView {
  readonly value: ChaosConfig;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
}

/** A recorded notification as `GET /admin/notifications` shows it. */
export interface NotificationView {
  readonly topic: string;
  readonly subject?: string;
  readonly message: string;
  readonly messageId: string;
  readonly timestamp: string;
}
