import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { LokiSource } from './config';
import { LokiSecretError } from './errors';
import { parseLokiSecret } from './loki-secret';
import type { LokiTarget } from './loki-target';

/** Supplies the current Loki target; `invalidate` forces a fresh read (after a 401/403). */
export interface LokiTargetProvider {
  get(): Promise<LokiTarget>;
  invalidate(): void;
}

/** A target fixed at start-up (from `LOKI_URL` and friends). */
export function staticTargetProvider(target: LokiTarget): LokiTargetProvider {
  return { get: async () => target, invalidate: () => undefined };
}

export interface SecretTargetProviderOptions {
  readonly client: SecretsManagerClient;
  /** ARN (or name) of the JSON secret. */
  readonly secretId: string;
  /** How long a read secret is reused; a rotated secret is picked up after at most this long. */
  readonly ttlMs: number;
  /** `LOKI_TENANT_ID`, used when the secret has no `tenantId`. */
  readonly tenantId?: string;
  /** @default Date.now */
  readonly now?: () => number;
}

/**
 * Reads the Loki target from Secrets Manager and caches it for `ttlMs`, so a warm Lambda calls
 * GetSecretValue once per TTL. Concurrent callers share one in-flight read.
 */
export class SecretTargetProvider implements LokiTargetProvider {
  readonly #options: SecretTargetProviderOptions;
  readonly #now: () => number;
  #cached?: { readonly target: LokiTarget; readonly expiresAt: number };
  #inFlight?: Promise<LokiTarget>;

  constructor(options: SecretTargetProviderOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  async get(): Promise<LokiTarget> {
    if (this.#cached && this.#now() < this.#cached.expiresAt) return this.#cached.target;
    this.#inFlight ??= this.#read().finally(() => {
      this.#inFlight = undefined;
    });
    return this.#inFlight;
  }

  invalidate(): void {
    this.#cached = undefined;
  }

  async #read(): Promise<LokiTarget> {
    const { client, secretId, tenantId, ttlMs } = this.#options;
    let secretString: string | undefined;
    try {
      const output = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      secretString = output.SecretString;
    } catch (error) {
      const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      throw new LokiSecretError(secretId, 'GetSecretValue', `failed (${reason})`);
    }
    const target = parseLokiSecret(secretId, secretString, tenantId);
    this.#cached = { target, expiresAt: this.#now() + ttlMs };
    return target;
  }
}

/** The provider for the configured source: the cached secret, or the static target. */
export function createTargetProvider(
  source: LokiSource,
  secretsManager: SecretsManagerClient,
): LokiTargetProvider {
  if (source.kind === 'static') return staticTargetProvider(source.target);
  return new SecretTargetProvider({
    client: secretsManager,
    secretId: source.secretArn,
    ttlMs: source.ttlMs,
    ...(source.tenantId ? { tenantId: source.tenantId } : {}),
  });
}
