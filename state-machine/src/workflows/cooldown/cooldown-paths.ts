import type { JsonPath } from '../../asl/common';

/** Where the cool-down workflow keeps things; the input is `CooldownWorkflowInput`. */
export const CooldownPath = {
  circuitId: '$.circuitId',
  tripId: '$.tripId',
  consecutiveOpens: '$.consecutiveOpens',
  /** Probe-watch loop state: `{ rounds, lastOwner }` ('' when no owner was seen). */
  watch: '$.watch',
  rounds: '$.watch.rounds',
  lastOwner: '$.watch.lastOwner',
  circuit: '$.circuit',
  circuitItem: '$.circuit.Item',
  circuitState: '$.circuit.Item.state.S',
  circuitTripId: '$.circuit.Item.tripId.S',
  probeOwner: '$.circuit.Item.probeOwner.S',
  error: '$.error',
  errorName: '$.error.Error',
  superseded: '$.superseded',
  readError: '$.readError',
  clearError: '$.clearError',
  alertError: '$.alertError',
} as const satisfies Record<string, JsonPath>;
