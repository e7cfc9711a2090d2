/** Base class of every error the forwarder raises; subclasses set a stable `name`. */
export abstract class LokiForwarderError extends Error {
  abstract override readonly name: string;
}

/** The subscription event is not a CloudWatch Logs payload; `field` names the part at fault. */
export class SubscriptionEventError extends LokiForwarderError {
  override readonly name = 'SubscriptionEventError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The Loki secret cannot be read or holds a bad value; `field` names the key at fault. */
export class LokiSecretError extends LokiForwarderError {
  override readonly name = 'LokiSecretError';
  constructor(
    readonly secretId: string,
    readonly field: string,
    message: string,
  ) {
    super(`secret ${secretId}, ${field}: ${message}`);
  }
}

/**
 * Loki kept failing with retryable answers (429, 5xx, network errors) until the invocation ran out
 * of time or attempts. Thrown so the event goes to the on-failure destination for replay.
 */
export class LokiPushGaveUpError extends LokiForwarderError {
  override readonly name = 'LokiPushGaveUpError';
  constructor(
    readonly attempts: number,
    readonly lastFailure: string,
  ) {
    super(`gave up pushing to Loki after ${attempts} attempt(s); last failure: ${lastFailure}`);
  }
}

/**
 * Loki refused the push for a reason that retrying cannot fix and dropping would hide
 * (401, 403, 404, other 4xx): a configuration fault. Thrown so the event is kept for replay.
 */
export class LokiPushRefusedError extends LokiForwarderError {
  override readonly name = 'LokiPushRefusedError';
  constructor(
    readonly status: number,
    readonly responseBody: string,
  ) {
    super(`Loki refused the push with HTTP ${status}: ${responseBody}`);
  }

  /** True for 401/403: the credentials are wrong or were rotated. */
  get isAuthFailure(): boolean {
    return this.status === 401 || this.status === 403;
  }
}
