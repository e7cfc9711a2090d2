import type {
  InputOutputPaths,
  PayloadTemplate,
  PayloadValue,
  ResultPathField,
  StateCommon,
  Transition,
} from './common';

export type PassProps<N extends string> = StateCommon &
  InputOutputPaths &
  ResultPathField & {
    /** A fixed result. */
    readonly Result?: PayloadValue;
    /** A result built from the input (paths and intrinsic functions). */
    readonly Parameters?: PayloadTemplate;
  } & Transition<N>;

export type PassState<N extends string> = { readonly Type: 'Pass' } & PassProps<N>;

/** A Pass state: shapes data without calling anything. */
export function pass<const N extends string>(props: PassProps<N>): PassState<N> {
  return { Type: 'Pass', ...props };
}
