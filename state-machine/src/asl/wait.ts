import type { InputOutputPaths, JsonPath, StateCommon, Transition } from './common';

/** How long a Wait state waits: exactly one of these. */
export type WaitDuration =
  | { readonly Seconds: number }
  | { readonly SecondsPath: JsonPath }
  | { readonly Timestamp: string }
  | { readonly TimestampPath: JsonPath };

export type WaitProps<N extends string> = StateCommon & InputOutputPaths & WaitDuration & Transition<N>;

export type WaitState<N extends string> = { readonly Type: 'Wait' } & WaitProps<N>;

/** A Wait state: the only way the workflows measure time. */
export function wait<const N extends string>(props: WaitProps<N>): WaitState<N> {
  return { Type: 'Wait', ...props };
}
