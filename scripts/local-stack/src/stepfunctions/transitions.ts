import type { ExecutionEvent } from './execution-record';

/** The states an execution entered, in order (including states inside Parallel/Map). */
export function enteredStates(
  events: readonly ExecutionEvent[],
): { readonly name: string; readonly type: string }[] {
  return events
    .filter((event) => event.type === 'StateEntered')
    .map((event) => ({ name: event.stateName ?? '', type: event.stateType ?? '' }));
}

/**
 * State transitions as Step Functions bills them for Standard workflows: one per state entered
 * plus one per retry of a state.
 */
export function countTransitions(events: readonly ExecutionEvent[]): number {
  return events.filter((event) => event.type === 'StateEntered' || event.type === 'StateRetried').length;
}
