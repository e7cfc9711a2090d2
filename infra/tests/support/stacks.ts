import { Testing } from '../../src/cdktf';
import { ENVIRONMENTS, type EnvironmentName, loadStackConfigs, type StackConfig } from '../../src/config';
import { PaymentStack } from '../../src/payment-stack';
import { fixtureServicesDir, type SynthStack } from './fixtures';

export interface SynthesizedStack {
  readonly environment: EnvironmentName;
  readonly construct: PaymentStack;
  readonly json: string;
  readonly stack: SynthStack;
}

export interface StackVariant {
  /** Override the entry-point switches (default: as configured, all on). */
  readonly features?: StackConfig['features'];
  /** Use the repository's real bundles (they must have been built); default: small fixture bundles. */
  readonly realBundles?: boolean;
}

/** Synthesizes the dev and prod stacks as main.ts declares them, in a test app. */
export function synthStacks(variant: StackVariant = {}): SynthesizedStack[] {
  const configs = loadStackConfigs({});
  const servicesDir = variant.realBundles ? undefined : fixtureServicesDir();
  const app = Testing.app();
  return ENVIRONMENTS.map((environment) => {
    const base: StackConfig = configs[environment];
    const config = variant.features ? { ...base, features: variant.features } : base;
    const construct = new PaymentStack(app, environment, config, { servicesDir });
    const json = Testing.synth(construct);
    return { environment, construct, json, stack: JSON.parse(json) as SynthStack };
  });
}
