/** Why entries were dropped instead of delivered or kept for replay. */
export const DropReason = {
  /** Loki answered 400: entries it will never accept (too old, bad labels). */
  badRequest: 'bad_request',
  /** Loki answered 413: the body is over its size limit. */
  payloadTooLarge: 'payload_too_large',
} as const;

export type DropReason = (typeof DropReason)[keyof typeof DropReason];

/** Counts of one invocation, filled as it goes so a failed invocation still reports them. */
export interface ForwardStats {
  /** Log events in the subscription payload. */
  received: number;
  sent: number;
  dropped: Record<DropReason, number>;
  truncated: number;
  /** Push batches Loki accepted. */
  batches: number;
  retries: number;
  /** Invocations that threw (the event goes to the on-failure destination). */
  failures: number;
  controlMessages: number;
}

export function emptyForwardStats(): ForwardStats {
  return {
    received: 0,
    sent: 0,
    dropped: { [DropReason.badRequest]: 0, [DropReason.payloadTooLarge]: 0 },
    truncated: 0,
    batches: 0,
    retries: 0,
    failures: 0,
    controlMessages: 0,
  };
}

/** The drop reason for a status Loki rejected content with. */
export function dropReasonFor(status: number): DropReason {
  return status === 413 ? DropReason.payloadTooLarge : DropReason.badRequest;
}
