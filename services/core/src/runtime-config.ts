import * as z from 'zod';

/** Key of the chaos item in the runtime-config table. */
export const CHAOS_CONFIG_ID = 'chaos';

/**
 * Chaos settings the simulated gateway follows, switchable at run time by admins.
 * Rates are fractions between 0 and 1.
 */
export const chaosConfigSchema = z.strictObject({
  /** Gateway hard down: every call fails with GatewayUnavailable. */
  down: z.boolean({ error: 'must be true or false' }),
  /** Share of calls failing with a technical error. */
  failureRate: z
    .number({ error: 'must be a number' })
    .min(0, { error: 'must be >= 0' })
    .max(1, { error: 'must be <= 1' }),
  /** Latency added to every gateway call, in milliseconds. */
  latencyMs: z
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number of milliseconds' })
    .min(0, { error: 'must be >= 0' })
    .max(60_000, { error: 'must be <= 60000' }),
  /** Share of calls the gateway declines (a healthy answer). */
  declineRate: z
    .number({ error: 'must be a number' })
    .min(0, { error: 'must be >= 0' })
    .max(1, { error: 'must be <= 1' }),
});

export type ChaosConfig = z.infer<typeof chaosConfigSchema>;

/** Partial update as an admin sends it: at least one known field. */
export const chaosConfigPatchSchema = chaosConfigSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, {
    error: 'must set at least one of down, failureRate, latencyMs, declineRate',
  });

export const NO_CHAOS: ChaosConfig = { down: false, failureRate: 0, latencyMs: 0, declineRate: 0 };
