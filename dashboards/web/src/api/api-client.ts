import type {
  ChaosConfig,
  ChaosView,
  CircuitView,
  ForceOpenRequest,
  NotificationView,
  OrderInput,
  OrderStatus,
  OrderView,
  Page,
  ProductListing,
  QueueStats,
} from '@unstoppable/core';
import { IDEMPOTENCY_KEY_HEADER } from '@unstoppable/core';
import { AdminTokenMissingError, ApiError, NetworkError } from '../errors';
import { toProblemDetails } from './problem-details';

/** The body of `POST /orders` (the idempotency key travels in its header, not in the body). */
export type PlaceOrderRequest = Omit<OrderInput, 'orderId'>;

export interface ApiClientOptions {
  /** Absolute base URL of the order API, without a trailing slash (see `loadRuntimeConfig`). */
  readonly baseUrl: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Returns the admin bearer token, read at each admin call; never logged or put in a URL. */
  readonly adminToken?: () => string | undefined;
  /**
   * Time after which a call gives up with a NetworkError.
   * @default 10_000
   */
  readonly timeoutMs?: number;
}

/** Per-call options: a signal to cancel the call (a cancelled call rejects with the signal's reason). */
export interface CallOptions {
  readonly signal?: AbortSignal;
}

export interface PlacedOrder {
  readonly order: OrderView;
  /** True when the API answered with an order it already had for this key (HTTP 200). */
  readonly replayed: boolean;
}

export interface ListOrdersQuery {
  readonly status?: OrderStatus;
  readonly limit?: number;
  readonly cursor?: string;
}

export interface ListNotificationsQuery {
  readonly limit?: number;
  readonly cursor?: string;
}

interface Call extends CallOptions {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly admin?: boolean;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The order API over HTTP: every route the store and the admin dashboard use. Errors come back as
 * `ApiError` (with the problem details), `NetworkError` or `AdminTokenMissingError`.
 *
 * @example
 * const api = new ApiClient({ baseUrl: 'http://localhost:3000' });
 * const page = await api.listOrders({ status: 'QUEUED', limit: 50 });
 */
export class ApiClient {
  private readonly fetchFn: typeof fetch;
  private readonly timeoutMs: number;

  constructor(private readonly options: ApiClientOptions) {
    this.fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** `POST /orders` with the checkout's idempotency key: repeating it never creates a second order. */
  async placeOrder(
    request: PlaceOrderRequest,
    idempotencyKey: string,
    options: CallOptions = {},
  ): Promise<PlacedOrder> {
    const { status, body } = await this.call<OrderView>('/orders', {
      ...options,
      method: 'POST',
      body: request,
      headers: { [IDEMPOTENCY_KEY_HEADER]: idempotencyKey },
    });
    return { order: body, replayed: status === 200 };
  }

  async getOrder(orderId: string, options: CallOptions = {}): Promise<OrderView> {
    return (await this.call<OrderView>(`/orders/${encodeURIComponent(orderId)}`, options)).body;
  }

  /** `GET /orders`: newest first. */
  async listOrders(query: ListOrdersQuery = {}, options: CallOptions = {}): Promise<Page<OrderView>> {
    return (await this.call<Page<OrderView>>('/orders', { ...options, query: { ...query } })).body;
  }

  /** `GET /products`: the whole catalog, sorted by name. */
  async listProducts(options: CallOptions = {}): Promise<ProductListing> {
    return (await this.call<ProductListing>('/products', options)).body;
  }

  async getCircuit(options: CallOptions = {}): Promise<CircuitView> {
    return (await this.call<CircuitView>('/circuit', options)).body;
  }

  async getHealth(options: CallOptions = {}): Promise<{ status: string }> {
    return (await this.call<{ status: string }>('/health', options)).body;
  }

  async getChaos(options: CallOptions = {}): Promise<ChaosView> {
    return (await this.call<ChaosView>('/admin/chaos', { ...options, admin: true })).body;
  }

  /** `PUT /admin/chaos` with the fields to change. */
  async updateChaos(patch: Partial<ChaosConfig>, options: CallOptions = {}): Promise<ChaosView> {
    return (
      await this.call<ChaosView>('/admin/chaos', { ...options, method: 'PUT', body: patch, admin: true })
    ).body;
  }

  async resetCircuit(options: CallOptions = {}): Promise<CircuitView> {
    return (await this.call<CircuitView>('/admin/circuit/reset', { ...options, method: 'POST', admin: true }))
      .body;
  }

  async forceOpenCircuit(request: ForceOpenRequest = {}, options: CallOptions = {}): Promise<CircuitView> {
    return (
      await this.call<CircuitView>('/admin/circuit/open', {
        ...options,
        method: 'POST',
        body: request,
        admin: true,
      })
    ).body;
  }

  async getQueueStats(options: CallOptions = {}): Promise<QueueStats> {
    return (await this.call<QueueStats>('/admin/queue', { ...options, admin: true })).body;
  }

  /** `GET /admin/notifications`: newest first. */
  async listNotifications(
    query: ListNotificationsQuery = {},
    options: CallOptions = {},
  ): Promise<Page<NotificationView>> {
    return (
      await this.call<Page<NotificationView>>('/admin/notifications', {
        ...options,
        query: { ...query },
        admin: true,
      })
    ).body;
  }

  private url(path: string, query: Call['query']): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== '') params.set(name, String(value));
    }
    const search = params.toString();
    return `${this.options.baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  private headers(path: string, call: Call): Record<string, string> {
    const headers: Record<string, string> = {
      accept: 'application/json, application/problem+json',
      ...call.headers,
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    if (call.admin) {
      const token = this.options.adminToken?.();
      if (!token) throw new AdminTokenMissingError(path);
      headers.authorization = `Bearer ${token}`;
    }
    return headers;
  }

  private async call<T>(path: string, call: Call): Promise<{ status: number; body: T }> {
    const headers = this.headers(path, call);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.fetchFn(this.url(path, call.query), {
        method: call.method ?? 'GET',
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal,
        cache: 'no-store',
      });
      text = await response.text();
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      if (timeout.aborted) throw new NetworkError(path, `no answer within ${this.timeoutMs} ms`);
      throw new NetworkError(path, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      throw new ApiError(response.status, toProblemDetails(text, response.status, response.statusText));
    }
    try {
      return { status: response.status, body: JSON.parse(text) as T };
    } catch {
      throw new ApiError(response.status, {
        type: 'about:blank',
        title: 'The order API sent a response that is not JSON',
        status: response.status,
        detail: `${path} answered HTTP ${response.status} with a body that could not be read`,
      });
    }
  }
}
