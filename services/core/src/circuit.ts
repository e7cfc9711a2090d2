/** States of a circuit breaker. FORCED_OPEN is planned maintenance: only an admin reset ends it. */
export const CircuitState = {
  CLOSED: 'CLOSED',
  OPEN: 'OPEN',
  HALF_OPEN: 'HALF_OPEN',
  FORCED_OPEN: 'FORCED_OPEN',
} as const;

export type CircuitState = (typeof CircuitState)[keyof typeof CircuitState];

export const CIRCUIT_STATES = Object.values(CircuitState) as readonly CircuitState[];

/** The protected dependencies, one circuit item each. */
export const CIRCUIT_IDS = { paymentGateway: 'payment-gateway' } as const;

export type CircuitId = (typeof CIRCUIT_IDS)[keyof typeof CIRCUIT_IDS];

/** A circuit item as stored. A missing item means CLOSED with no failures. */
export interface CircuitItem {
  readonly circuitId: CircuitId;
  readonly state: CircuitState;
  /** Consecutive technical failures while CLOSED; changed only atomically. */
  readonly failures: number;
  /** Fresh UUID per trip: fencing token and the cool-down execution's name. */
  readonly tripId?: string;
  readonly openedAt?: string;
  /** Opens in a row without a successful probe between them; grows the cool-down. */
  readonly consecutiveOpens: number;
  /** Execution name of the current HALF_OPEN probe. */
  readonly probeOwner?: string;
  readonly probeClaimedAt?: string;
  readonly probeSuccesses: number;
  readonly updatedAt?: string;
  readonly updatedBy?: string;
  /** Why an admin forced the circuit open. */
  readonly reason?: string;
}

/** The item a missing circuit stands for. */
export function closedCircuit(circuitId: CircuitId): CircuitItem {
  return { circuitId, state: CircuitState.CLOSED, failures: 0, consecutiveOpens: 0, probeSuccesses: 0 };
}

/** True while the workflow must not call the protected dependency (probe claims aside). */
export function blocksCalls(state: CircuitState): boolean {
  return state === CircuitState.OPEN || state === CircuitState.FORCED_OPEN;
}
