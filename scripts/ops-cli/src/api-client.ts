import type { ChaosConfig, CircuitState, OrderInput, OrderStatus, Page, QueueStats } from '@unstoppable/core';
import { ApiError, CliError } from './errors';

/** An order as the API returns it (never with the payment token). */
export interface ApiOrder {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly attempt: number;
  readonly amount: number;
  readonly currency: string;
  readonly lastError?: string;
  readonly createdAt: string;
}

export interface ApiCircuit {
  readonly state: CircuitState;
  readonly failures: number;
  readonly openedAt?: string;
  readonly probeOwner?: string;
}

export interface ApiClientOptions {
  /** e.g. http://localhost:3000 or a deployed API URL. */
  readonly baseUrl: string;
  /** Bearer token for /admin routes. */
  readonly adminToken?: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** Thin client of the order API, shared by every CLI command. */
export class ApiClient {
  private readonly fetch: typeof fetch;

  constructor(private readonly options: ApiClientOptions) {
    this.fetch = options.fetch ?? globalThis.fetch;
  }

  placeOrder(order: OrderInput, idempotencyKey?: string): Promise<ApiOrder> {
    const headers: Record<string, string> = idempotencyKey ? { 'idempotency-key': idempotencyKey } : {};
    return this.call('POST', '/orders', { body: order, headers });
  }

  getOrder(orderId: string): Promise<ApiOrder> {
    return this.call('GET', `/orders/${encodeURIComponent(orderId)}`);
  }

  listOrders(query: { status?: OrderStatus; limit?: number; cursor?: string } = {}): Promise<Page<ApiOrder>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const suffix = params.size > 0 ? `?${params}` : '';
    return this.call('GET', `/orders${suffix}`);
  }

  getCircuit(): Promise<ApiCircuit> {
    return this.call('GET', '/circuit');
  }

  setChaos(patch: Partial<ChaosConfig>): Promise<ChaosConfig> {
    return this.call('PUT', '/admin/chaos', { body: patch, admin: true });
  }

  resetCircuit(): Promise<ApiCircuit> {
    return this.call('POST', '/admin/circuit/reset', { body: {}, admin: true });
  }

  openCircuit(reason?: string): Promise<ApiCircuit> {
    return this.call('POST', '/admin/circuit/open', { body: reason ? { reason } : {}, admin: true });
  }

  queueDepth(): Promise<QueueStats> {
    return this.call('GET', '/admin/queue', { admin: true });
  }

  private async call<T>(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; admin?: boolean } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.admin) {
      if (!this.options.adminToken)
        throw new CliError('this command needs the admin token: set ADMIN_TOKEN or pass --token');
      headers.authorization = `Bearer ${this.options.adminToken}`;
    }
    const url = `${this.options.baseUrl.replace(/\/+$/, '')}${path}`;
    let response: Response;
    try {
      response = await this.fetch(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
    } catch (error) {
      throw new CliError(`cannot reach the API at ${url}: ${(error as Error).message}`);
    }
    const text = await response.text();
    const body = text ? JSON.parse(text) : {};
    if (!response.ok) throw new ApiError(response.status, body, `${method} ${path}`);
    return body as T;
  }
}
