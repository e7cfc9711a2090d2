/**
 * Building blocks shared by every state kind of the Amazon States Language (JSONPath flavour).
 * State names are a type parameter `N` so a transition to a missing state fails to compile.
 */

/** A JSONPath into the state input (`$...`) or the context object (`$$...`). */
export type JsonPath = `$${string}`;

/** A JSON value inside a payload template. */
export type PayloadValue = string | number | boolean | null | PayloadTemplate | readonly PayloadValue[];

/**
 * A payload template (`Parameters`, `ResultSelector`, a Pass state's `Parameters`): fields whose
 * name ends in `.$` hold a path or an intrinsic function and are therefore strings.
 */
export interface PayloadTemplate {
  readonly [field: string]: PayloadValue;
  readonly [field: `${string}.$`]: string;
}

/** Where a state goes next: exactly one of `Next` or `End`. */
export type Transition<N extends string> =
  | { readonly Next: N; readonly End?: never }
  | { readonly End: true; readonly Next?: never };

/** Fields every state may carry. */
export interface StateCommon {
  readonly Comment?: string;
}

/** Input/output filters of the states that have them. */
export interface InputOutputPaths {
  readonly InputPath?: JsonPath | null;
  readonly OutputPath?: JsonPath | null;
}

/** `ResultPath`: where the result goes in the input; `null` discards it and keeps the input. */
export interface ResultPathField {
  readonly ResultPath?: JsonPath | null;
}

type FieldTemplate<K extends string> =
  | { readonly [P in K]: PayloadValue }
  | { readonly [P in `${K}.$`]: string };

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T] & string;
type OptionalKeys<T> = Exclude<keyof T & string, RequiredKeys<T>>;

type AllOf<U> = (U extends unknown ? (field: U) => void : never) extends (field: infer I) => void ? I : never;

/** Each required field boxed in a 1-tuple so the union of its two forms survives the intersection. */
type RequiredFields<T> = AllOf<{ [K in RequiredKeys<T>]: readonly [FieldTemplate<K>] }[RequiredKeys<T>]>;

/**
 * Payload-template shape of a contract type from @unstoppable/core: every required field given
 * either literally (`status`) or as a path (`status.$`), optional fields likewise, nothing else.
 * Keeps the templates the workflows send in step with the types the services read.
 */
export type TemplateOf<T> = (RequiredFields<T> extends { readonly 0: infer F } ? F : object) & {
  readonly [K in OptionalKeys<T>]?: PayloadValue;
} & { readonly [K in OptionalKeys<T> as `${K}.$`]?: string };
