import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Construct } from 'constructs';
import { type AccountContext, accountContext } from '../../src/account';
import { Testing } from '../../src/cdktf';
import { FUNCTION_IDS, loadStackConfigs, type StackConfig } from '../../src/config';
import type { FunctionDefaults } from '../../src/constructs/service-function';
import { BUNDLE_FILE } from '../../src/functions/bundle';
import { resourceNames } from '../../src/naming';

/** The dev config with no environment overrides, optionally changed. */
export function devConfig(changes: Partial<StackConfig> = {}): StackConfig {
  return { ...loadStackConfigs({}).dev, ...changes };
}

/** A services folder with a small bundle for every function, for tests that switch pending services on. */
export function fixtureServicesDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'infra-services-'));
  for (const id of FUNCTION_IDS) {
    mkdirSync(join(dir, id, 'dist'), { recursive: true });
    writeFileSync(join(dir, id, 'dist', BUNDLE_FILE), `export const handler = async () => '${id}';\n`);
  }
  return dir;
}

export function functionDefaults(servicesDir: string, config: StackConfig = devConfig()): FunctionDefaults {
  return {
    names: resourceNames(config.prefix),
    environment: config.environment,
    logLevel: config.logLevel,
    logRetentionDays: config.logRetentionDays,
    servicesDir,
  };
}

/** Synthesizes what `build` declares in a test stack; returns the JSON text and its parsed form. */
export function synth(build: (scope: Construct, account: AccountContext) => void): {
  json: string;
  stack: SynthStack;
} {
  const json = Testing.synthScope((scope) => build(scope, accountContext(scope, 'eu-west-1')));
  return { json, stack: JSON.parse(json) as SynthStack };
}

export interface SynthStack {
  readonly resource: Record<string, Record<string, Record<string, unknown>>>;
  readonly output?: Record<string, { value: unknown }>;
  readonly terraform?: Record<string, unknown>;
}

/** The resources of one type, by logical id (empty when there are none). */
export function resourcesOf(stack: SynthStack, type: string): Record<string, Record<string, unknown>> {
  return stack.resource[type] ?? {};
}

/** The logical id and body of the one resource of `type` whose properties include `match`. */
export function findResource(
  stack: SynthStack,
  type: string,
  match: Record<string, unknown>,
): { id: string; body: Record<string, unknown>; ref: (attribute: string) => string } {
  const found = Object.entries(resourcesOf(stack, type)).filter(([, body]) =>
    Object.entries(match).every(([key, value]) => body[key] === value),
  );
  if (found.length !== 1)
    throw new Error(`expected one ${type} with ${JSON.stringify(match)}, found ${found.length}`);
  const [id, body] = found[0] as [string, Record<string, unknown>];
  return { id, body, ref: (attribute) => `\${${type}.${id}.${attribute}}` };
}
