import { type BackoffPolicy, backoffDelay, retryAfterMs } from './backoff';
import { LokiPushGaveUpError, LokiPushRefusedError } from './errors';
import { type LokiTarget, lokiPushHeaders } from './loki-target';

/** How a push ended when it did not throw. */
export type PushOutcome =
  | { readonly kind: 'sent'; readonly status: number; readonly attempts: number }
  /** Loki refused the content (400 bad entries, 413 too large): retrying cannot help, so it is dropped. */
  | {
      readonly kind: 'rejected';
      readonly status: number;
      readonly attempts: number;
      readonly reason: string;
    };

/** Told before each retry: for logs and the retry metric. */
export interface RetryNotice {
  readonly attempt: number;
  readonly delayMs: number;
  readonly failure: string;
}

export interface LokiPushClientOptions extends BackoffPolicy {
  readonly target: LokiTarget;
  /** Per-request timeout, further bounded by the deadline. */
  readonly requestTimeoutMs: number;
  /** Attempts per push, further bounded by the deadline. */
  readonly maxAttempts: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** @default setTimeout-based sleep */
  readonly sleep?: (ms: number) => Promise<void>;
  /** @default Math.random */
  readonly random?: () => number;
  /** @default Date.now */
  readonly now?: () => number;
  readonly onRetry?: (notice: RetryNotice) => void;
}

/** Statuses Loki answers when the content itself is bad; the entries are dropped, not retried. */
export const DROPPED_STATUSES: ReadonlySet<number> = new Set([400, 413]);

const MAX_REASON_LENGTH = 500;

type AttemptResult =
  | {
      readonly kind: 'response';
      readonly status: number;
      readonly body: string;
      readonly retryAfter: string | null;
    }
  | { readonly kind: 'network'; readonly failure: string };

function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
  return `${error.name}: ${error.message}${cause}`;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Pushes gzip'd JSON bodies to Loki. Retries 408, 429, 5xx and network errors with jittered
 * exponential backoff (honouring `Retry-After`) while the deadline and attempt budget allow, then
 * throws {@link LokiPushGaveUpError}. 400/413 resolve as `rejected`; other statuses throw
 * {@link LokiPushRefusedError}.
 */
export class LokiPushClient {
  readonly #options: LokiPushClientOptions;
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #now: () => number;

  constructor(options: LokiPushClientOptions) {
    this.#options = options;
    this.#headers = lokiPushHeaders(options.target);
    this.#fetch = options.fetch ?? globalThis.fetch;
    this.#sleep = options.sleep ?? defaultSleep;
    this.#now = options.now ?? Date.now;
  }

  /** Pushes one gzip'd body; `deadline` is an epoch-millisecond instant no attempt may pass. */
  async push(body: Uint8Array<ArrayBuffer>, deadline: number): Promise<PushOutcome> {
    const { maxAttempts, requestTimeoutMs } = this.#options;
    let attempts = 0;
    let lastFailure = 'no time left before the deadline';
    while (attempts < maxAttempts) {
      const remaining = deadline - this.#now();
      if (remaining <= 0) break;
      attempts++;
      const result = await this.#attempt(body, Math.min(requestTimeoutMs, remaining));
      let retryAfter: number | undefined;
      if (result.kind === 'response') {
        if (result.status >= 200 && result.status < 300)
          return { kind: 'sent', status: result.status, attempts };
        if (DROPPED_STATUSES.has(result.status)) {
          return { kind: 'rejected', status: result.status, attempts, reason: result.body };
        }
        if (!isRetryable(result.status)) throw new LokiPushRefusedError(result.status, result.body);
        lastFailure = `HTTP ${result.status}${result.body ? `: ${result.body}` : ''}`;
        retryAfter = retryAfterMs(result.retryAfter, this.#now());
      } else {
        lastFailure = result.failure;
      }
      if (attempts >= maxAttempts) break;
      const delayMs = Math.max(backoffDelay(attempts, this.#options, this.#options.random), retryAfter ?? 0);
      if (this.#now() + delayMs >= deadline) break;
      this.#options.onRetry?.({ attempt: attempts, delayMs, failure: lastFailure });
      await this.#sleep(delayMs);
    }
    throw new LokiPushGaveUpError(attempts, lastFailure);
  }

  async #attempt(body: Uint8Array<ArrayBuffer>, timeoutMs: number): Promise<AttemptResult> {
    try {
      const response = await this.#fetch(this.#options.target.pushUrl, {
        method: 'POST',
        headers: this.#headers,
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text().catch(() => '');
      return {
        kind: 'response',
        status: response.status,
        body: text.trim().slice(0, MAX_REASON_LENGTH),
        retryAfter: response.headers.get('retry-after'),
      };
    } catch (error) {
      return { kind: 'network', failure: describe(error) };
    }
  }
}
