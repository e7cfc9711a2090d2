import type { JsonPath } from '../../asl/common';

/**
 * Where the order workflow keeps things in its state. The input `{ order }` is never replaced:
 * every result and every caught error goes beside it.
 */
export const OrderPath = {
  order: '$.order',
  orderId: '$.order.orderId',
  attempt: '$.order.attempt',
  customer: '$.order.customer',
  customerEmail: '$.order.customer.email',
  amount: '$.order.amount',
  currency: '$.order.currency',
  /** GetItem result of the circuit: `{ Item? }`. */
  circuit: '$.circuit',
  circuitItem: '$.circuit.Item',
  circuitId: '$.circuit.Item.circuitId.S',
  circuitState: '$.circuit.Item.state.S',
  circuitTripId: '$.circuit.Item.tripId.S',
  circuitFailures: '$.circuit.Item.failures.N',
  /** Present only when this execution claimed the HALF_OPEN probe: `{ tripId, owner }`. */
  probe: '$.probe',
  probeTripId: '$.probe.tripId',
  probeOwner: '$.probe.owner',
  charge: '$.charge',
  chargeId: '$.charge.chargeId',
  chargeAmountDisplay: '$.charge.amountDisplay',
  /** Why the last-attempt lookup found no capture: `{ Error, Cause }` (kept for the history). */
  lookupError: '$.lookupError',
  /** Why the order could not be settled now: `{ Error, Cause }`, from a Catch or a Pass state. */
  error: '$.error',
  errorName: '$.error.Error',
  errorCause: '$.error.Cause',
  /** A decline: the worker's error JSON parsed, `{ cause: { errorType, errorMessage, trace } }`. */
  decline: '$.decline',
  /** The gateway's decline reason (the worker puts it alone in `errorMessage`). */
  declineReason: '$.decline.cause.errorMessage',
  failureCount: '$.failureCount',
  failures: '$.failureCount.failures',
  newTrip: '$.newTrip',
  newTripId: '$.newTrip.tripId',
  /** The circuit write that opened it: `{ tripId, consecutiveOpens }`. */
  trip: '$.trip',
  tripId: '$.trip.tripId',
  tripConsecutiveOpens: '$.trip.consecutiveOpens',
  probeResult: '$.probeResult',
  probeSuccesses: '$.probeResult.probeSuccesses',
  retry: '$.retry',
  retryDelaySeconds: '$.retry.delaySeconds',
  /** Errors of best-effort steps, kept for the execution history. */
  circuitError: '$.circuitError',
  claimError: '$.claimError',
  orderWriteError: '$.orderWriteError',
  eventError: '$.eventError',
  alertError: '$.alertError',
  cooldownError: '$.cooldownError',
  cooldownErrorName: '$.cooldownError.Error',
  queueError: '$.queueError',
  queueErrorName: '$.queueError.Error',
} as const satisfies Record<string, JsonPath>;
