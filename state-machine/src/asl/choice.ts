import type { InputOutputPaths, JsonPath, StateCommon } from './common';

/** A single test of one variable. Absence is tested with `not(isPresent(...))`, never `IsPresent: false`. */
export type Comparison = { readonly Variable: JsonPath } & (
  | { readonly StringEquals: string }
  | { readonly StringEqualsPath: JsonPath }
  | { readonly NumericEquals: number }
  | { readonly NumericLessThanEquals: number }
  | { readonly NumericGreaterThanEquals: number }
  | { readonly IsPresent: true }
  | { readonly IsNumeric: true }
);

/** A boolean expression over comparisons. */
export type Condition =
  | Comparison
  | { readonly And: readonly Condition[] }
  | { readonly Or: readonly Condition[] }
  | { readonly Not: Condition };

/** A top-level Choice rule: a condition and the state it leads to. */
export type ChoiceRule<N extends string> = Condition & { readonly Next: N };

export type ChoiceProps<N extends string> = StateCommon &
  InputOutputPaths & {
    /** Tried in order; the first match wins. */
    readonly Choices: readonly [ChoiceRule<N>, ...ChoiceRule<N>[]];
    readonly Default?: N;
  };

export type ChoiceState<N extends string> = { readonly Type: 'Choice' } & ChoiceProps<N>;

/** A Choice state: at least one rule, plus the state to go to when none matches. */
export function choice<const N extends string>(props: ChoiceProps<N>): ChoiceState<N> {
  return { Type: 'Choice', ...props };
}

/** A rule: when `condition` holds, go to `next`. */
export function when<const N extends string>(condition: Condition, next: N): ChoiceRule<N> {
  return { ...condition, Next: next };
}

export const stringEquals = (variable: JsonPath, value: string): Comparison => ({
  Variable: variable,
  StringEquals: value,
});

export const stringEqualsPath = (variable: JsonPath, path: JsonPath): Comparison => ({
  Variable: variable,
  StringEqualsPath: path,
});

export const numericEquals = (variable: JsonPath, value: number): Comparison => ({
  Variable: variable,
  NumericEquals: value,
});

export const numericAtMost = (variable: JsonPath, value: number): Comparison => ({
  Variable: variable,
  NumericLessThanEquals: value,
});

export const numericAtLeast = (variable: JsonPath, value: number): Comparison => ({
  Variable: variable,
  NumericGreaterThanEquals: value,
});

export const isPresent = (variable: JsonPath): Comparison => ({ Variable: variable, IsPresent: true });

export const isNumeric = (variable: JsonPath): Comparison => ({ Variable: variable, IsNumeric: true });

export const not = (condition: Condition): Condition => ({ Not: condition });

export const and = (...conditions: [Condition, Condition, ...Condition[]]): Condition => ({
  And: conditions,
});

export const or = (...conditions: [Condition, Condition, ...Condition[]]): Condition => ({ Or: conditions });
