import type { ChaosConfig } from '@unstoppable/core';
import type { FaultInjector } from '../scenarios/scenario';

/**
 * A fault of the simulated gateway itself, switched through the admin chaos API exactly as an
 * operator would (PUT /admin/chaos): `during` at the start, `after` at the heal.
 */
export function chaosFault(during: Partial<ChaosConfig>, after: Partial<ChaosConfig>): FaultInjector {
  return {
    start: async ({ api }) => {
      await api.setChaos(during);
    },
    heal: async ({ api }) => {
      await api.setChaos(after);
    },
    injected: () => ({}),
  };
}

/** The gateway hard down: every call fails with GatewayUnavailable until the heal. */
export const gatewayDown = (): FaultInjector => chaosFault({ down: true }, { down: false });

/** Half the gateway calls fail with a technical error until the heal. */
export const gatewayFlaky = (failureRate: number): FaultInjector =>
  chaosFault({ failureRate }, { failureRate: 0 });

/** Every gateway call takes `latencyMs` (and still charges) until the heal. */
export const gatewaySlow = (latencyMs: number): FaultInjector => chaosFault({ latencyMs }, { latencyMs: 0 });

/** Runs several faults as one: started and healed in order, their counters merged. */
export function combinedFault(...faults: FaultInjector[]): FaultInjector {
  return {
    install: (context) => {
      for (const fault of faults) fault.install?.(context);
    },
    start: async (context) => {
      for (const fault of faults) await fault.start(context);
    },
    heal: async (context) => {
      for (const fault of faults) await fault.heal(context);
    },
    injected: () => Object.assign({}, ...faults.map((fault) => fault.injected())),
  };
}
