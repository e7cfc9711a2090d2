import type { StateMachine } from 'aws-local-stepfunctions';
import { LocalStackConfigError } from '../errors';
import { jsonClone } from '../json';

/** An ASL definition (JSONPath) as aws-local-stepfunctions types it. */
export type AslDefinition = ConstructorParameters<typeof StateMachine>[0];

/**
 * What registration accepts: any object of the ASL shape (the typed definitions of other packages
 * fit without casting); aws-local-stepfunctions' validator checks the rest at registration.
 */
export interface AslDefinitionInput {
  readonly StartAt: string;
  readonly States: object;
  readonly Comment?: string;
  readonly TimeoutSeconds?: number;
  readonly Version?: string;
  readonly QueryLanguage?: string;
}

/** One state of a definition, loosely typed: the walkers read only a few fields. */
export interface AslState {
  readonly Type: string;
  readonly Resource?: string;
  readonly Seconds?: number;
  readonly SecondsPath?: string;
  readonly Timestamp?: string;
  readonly TimestampPath?: string;
  readonly Retry?: { IntervalSeconds?: number; MaxDelaySeconds?: number }[];
  readonly Branches?: AslDefinition[];
  readonly Iterator?: AslDefinition;
  readonly ItemProcessor?: AslDefinition;
}

/** Calls `visit` for every state, including those of Parallel branches and Map processors. */
export function walkStates(definition: AslDefinition, visit: (name: string, state: AslState) => void): void {
  for (const [name, state] of Object.entries(definition.States as Record<string, AslState>)) {
    visit(name, state);
    for (const branch of state.Branches ?? []) walkStates(branch, visit);
    if (state.Iterator) walkStates(state.Iterator, visit);
    if (state.ItemProcessor) walkStates(state.ItemProcessor, visit);
  }
}

/** Accepts a definition object or its JSON text; checks the top-level shape. */
export function parseDefinition(
  definition: AslDefinitionInput | string,
  field = 'definition',
): AslDefinition {
  let parsed: unknown = definition;
  if (typeof definition === 'string') {
    try {
      parsed = JSON.parse(definition);
    } catch (error) {
      throw new LocalStackConfigError(field, `is not valid JSON (${(error as Error).message})`);
    }
  }
  const candidate = parsed as Partial<AslDefinitionInput> | null;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.StartAt !== 'string') {
    throw new LocalStackConfigError(field, 'must be an ASL definition with StartAt and States');
  }
  if (typeof candidate.States !== 'object' || candidate.States === null) {
    throw new LocalStackConfigError(`${field}.States`, 'must be an object of states');
  }
  if (candidate.QueryLanguage !== undefined && candidate.QueryLanguage !== 'JSONPath') {
    throw new LocalStackConfigError(
      `${field}.QueryLanguage`,
      'only JSONPath is supported by the local executor',
    );
  }
  return jsonClone(candidate) as unknown as AslDefinition;
}
