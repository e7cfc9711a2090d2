import type { JsonPath, PayloadTemplate, PayloadValue } from './common';

/**
 * DynamoDB attribute values in the low-level JSON the `dynamodb:*` integrations take.
 * Numbers travel as strings, so a number read from a path goes through `States.Format`.
 */
export const attr = {
  /** A fixed string. */
  string: (value: string): PayloadTemplate => ({ S: value }),
  /** A string read from a path (`$...` or `$$...`). */
  stringAt: (path: JsonPath): PayloadTemplate => ({ 'S.$': path }),
  /** A fixed number. */
  number: (value: number): PayloadTemplate => ({ N: String(value) }),
  /** A number read from a path. */
  numberAt: (path: JsonPath): PayloadTemplate => ({ 'N.$': `States.Format('{}', ${path})` }),
  /** A list. */
  list: (...items: PayloadValue[]): PayloadTemplate => ({ L: items }),
  /** A map of attribute values. */
  map: (fields: PayloadTemplate): PayloadTemplate => ({ M: fields }),
};

/** `{ '#name': 'name', ... }` for the given attribute names. */
export function attributeNames(...names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [`#${name}`, name]));
}
