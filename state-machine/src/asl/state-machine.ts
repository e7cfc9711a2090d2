import { InvalidStateMachineError } from '../errors';
import type { State } from './state';
import { stateTransitions } from './state';

/** The string keys of a states object: the state names. */
export type StateName<S> = Extract<keyof S, string>;

/** A complete state machine definition whose transitions only name states in `N`. */
export interface StateMachineDefinition<N extends string = string> {
  readonly Comment?: string;
  readonly StartAt: N;
  readonly States: { readonly [K in N]: State<N> };
  readonly TimeoutSeconds?: number;
}

/** AWS limit on state names. */
const MAX_STATE_NAME_LENGTH = 80;

/**
 * Defines a state machine. The state names are inferred from `States`; `StartAt` and every
 * `Next`, `Default`, Choice rule `Next` and Catch `Next` must name one of them, or the call does
 * not compile. The same checks run at run time (for names built dynamically), together with
 * reachability: every state must be reachable from `StartAt`.
 *
 * @example
 * defineStateMachine({ StartAt: 'Hello', States: { Hello: pass({ Next: 'Done' }), Done: succeed('done') } });
 */
export function defineStateMachine<
  const S extends { readonly [K in keyof S]: State<StateName<S>> },
>(definition: {
  readonly Comment?: string;
  readonly StartAt: NoInfer<StateName<S>>;
  readonly States: S;
  readonly TimeoutSeconds?: number;
}): StateMachineDefinition<StateName<S>> {
  const result = definition as unknown as StateMachineDefinition<StateName<S>>;
  assertWellFormed(result);
  return result;
}

/** Throws InvalidStateMachineError for dangling transitions, unreachable states and bad names. */
export function assertWellFormed(definition: StateMachineDefinition): void {
  const states: Record<string, State<string>> = definition.States;
  const names = new Set(Object.keys(states));
  if (!names.has(definition.StartAt)) {
    throw new InvalidStateMachineError(definition.StartAt, 'is the StartAt state but is not defined');
  }
  for (const [name, state] of Object.entries(states)) {
    if (name.length === 0 || name.length > MAX_STATE_NAME_LENGTH) {
      throw new InvalidStateMachineError(name, `name must be 1-${MAX_STATE_NAME_LENGTH} characters`);
    }
    for (const target of stateTransitions(state)) {
      if (!names.has(target))
        throw new InvalidStateMachineError(name, `transitions to missing state "${target}"`);
    }
  }
  const reached = new Set<string>();
  const pending = [definition.StartAt];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    const state = states[name];
    if (state) pending.push(...stateTransitions(state));
  }
  for (const name of names) {
    if (!reached.has(name))
      throw new InvalidStateMachineError(name, `is not reachable from "${definition.StartAt}"`);
  }
}

type AllOf<U> = (U extends unknown ? (group: U) => void : never) extends (group: infer I) => void ? I : never;

/**
 * Merges groups of states into one `States` object, keeping every group's names in the type
 * (including template-literal names like `` `RetryIn${number}s` `` that object spread would
 * drop). Throws when two groups define the same state.
 */
export function combineStates<const G extends readonly object[]>(...groups: G): AllOf<G[number]> {
  const merged: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, state] of Object.entries(group)) {
      if (name in merged) throw new InvalidStateMachineError(name, 'is defined twice');
      merged[name] = state;
    }
  }
  return merged as AllOf<G[number]>;
}
