import type { AslDefinition } from './definition';

/** `$$.State` as AWS fills it for the state being run. */
export interface StateContext {
  Name: string;
  EnteredTime: string;
}

/**
 * aws-local-stepfunctions has no `$$.State`. It looks each state up in `States` right as it
 * enters it, synchronously before evaluating that state's paths, so a view of the definition whose
 * `States` lookups update a shared `State` object gives every state its own name and entered time.
 * Retries keep the time of the first entry, as on AWS. Inside Parallel branches and Map
 * iterations `$$.State` keeps naming the enclosing Parallel/Map state.
 */
export function trackStateEntries(
  definition: AslDefinition,
  state: StateContext,
  clock: () => number,
): AslDefinition {
  const states = definition.States;
  const tracked = new Proxy(states, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof property === 'string' && value !== undefined && Object.hasOwn(target, property)) {
        state.Name = property;
        state.EnteredTime = new Date(clock()).toISOString();
      }
      return value;
    },
  });
  return { ...definition, States: tracked };
}
