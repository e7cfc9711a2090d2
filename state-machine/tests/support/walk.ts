import type { State, StateMachineDefinition } from '../../src';

/** The state named `name`, failing the test when it is missing. */
export function stateOf(definition: StateMachineDefinition, name: string): State<string> {
  const state = (definition.States as Record<string, State<string>>)[name];
  if (!state) throw new Error(`no state ${name}`);
  return state;
}

/**
 * Follows a path through the definition: from StartAt, at each state take `Next` (or, for a
 * Choice, the rule/Default the `choose` callback picks) until a terminal state. Returns the names
 * of the states entered.
 */
export function walk(
  definition: StateMachineDefinition,
  choose: (name: string, state: Extract<State<string>, { Type: 'Choice' }>) => string,
): string[] {
  const visited: string[] = [];
  let name: string | undefined = definition.StartAt;
  while (name !== undefined) {
    if (visited.length > 100) throw new Error(`no end after ${visited.join(' > ')}`);
    visited.push(name);
    const state = stateOf(definition, name);
    if (state.Type === 'Choice') name = choose(name, state);
    else if (state.Type === 'Succeed' || state.Type === 'Fail') name = undefined;
    else name = state.Next;
  }
  return visited;
}
