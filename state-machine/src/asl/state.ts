import type { ChoiceState } from './choice';
import type { PassState } from './pass';
import type { TaskState } from './task';
import type { FailState, SucceedState } from './terminal';
import type { WaitState } from './wait';

/** Any state whose transitions name states from `N`. */
export type State<N extends string> =
  | TaskState<N>
  | ChoiceState<N>
  | PassState<N>
  | WaitState<N>
  | SucceedState
  | FailState;

/** Every state name a state may transition to: `Next`, `Default`, each rule's and catcher's `Next`. */
export function stateTransitions(state: State<string>): string[] {
  switch (state.Type) {
    case 'Choice':
      return [
        ...state.Choices.map((rule) => rule.Next),
        ...(state.Default === undefined ? [] : [state.Default]),
      ];
    case 'Task':
      return [
        ...(state.Next === undefined ? [] : [state.Next]),
        ...(state.Catch ?? []).map((catcher) => catcher.Next),
      ];
    case 'Pass':
    case 'Wait':
      return state.Next === undefined ? [] : [state.Next];
    case 'Succeed':
    case 'Fail':
      return [];
  }
}

/** True for states that end the execution. */
export function isTerminal(state: State<string>): boolean {
  return state.Type === 'Succeed' || state.Type === 'Fail' || ('End' in state && state.End === true);
}
