import { LocalStackConfigError } from '../errors';

/** A leaf matcher of the supported subset: a literal, `{ prefix }` or `{ exists }`. */
export type PatternMatcher =
  | string
  | number
  | boolean
  | null
  | { readonly prefix: string }
  | { readonly exists: boolean };

/** An EventBridge event pattern: nested objects whose leaves are arrays of matchers. */
export interface EventPattern {
  readonly [field: string]: EventPattern | readonly PatternMatcher[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks that a pattern uses only what the local bus can match (literals, `prefix`, `exists`),
 * naming the path of the first unsupported or malformed part.
 */
export function validateEventPattern(
  pattern: unknown,
  path = 'EventPattern',
): asserts pattern is EventPattern {
  if (!isRecord(pattern) || Object.keys(pattern).length === 0) {
    throw new LocalStackConfigError(path, 'must be a non-empty object');
  }
  for (const [key, value] of Object.entries(pattern)) {
    const at = `${path}.${key}`;
    if (isRecord(value)) {
      validateEventPattern(value, at);
      continue;
    }
    if (!Array.isArray(value) || value.length === 0) {
      throw new LocalStackConfigError(at, 'a leaf of an event pattern must be a non-empty array of matchers');
    }
    for (const matcher of value) {
      if (matcher === null || ['string', 'number', 'boolean'].includes(typeof matcher)) continue;
      const keys = isRecord(matcher) ? Object.keys(matcher) : [];
      const ok =
        keys.length === 1 &&
        ((keys[0] === 'prefix' && typeof (matcher as { prefix: unknown }).prefix === 'string') ||
          (keys[0] === 'exists' && typeof (matcher as { exists: unknown }).exists === 'boolean'));
      if (!ok) {
        throw new LocalStackConfigError(
          at,
          `unsupported matcher ${JSON.stringify(matcher)}: the local bus matches literals, {"prefix": string} and {"exists": boolean}`,
        );
      }
    }
  }
}

function matchesLeaf(matcher: PatternMatcher, value: unknown): boolean {
  if (isRecord(matcher)) {
    if ('exists' in matcher) return matcher.exists === (value !== undefined && !isRecord(value));
    return typeof value === 'string' && value.startsWith(matcher.prefix);
  }
  return value === matcher;
}

function matchesMatchers(matchers: readonly PatternMatcher[], value: unknown): boolean {
  // An array in the event matches when any of its elements matches, as on EventBridge.
  if (Array.isArray(value)) {
    if (value.length === 0) return matchers.some((m) => matchesLeaf(m, undefined));
    return value.some((element) => matchers.some((m) => matchesLeaf(m, element)));
  }
  return matchers.some((m) => matchesLeaf(m, value));
}

/** True when the event matches every field of the pattern (AND across fields, OR within a field). */
export function matchesEventPattern(pattern: EventPattern, event: unknown): boolean {
  return Object.entries(pattern).every(([key, expected]) => {
    const value = isRecord(event) ? event[key] : undefined;
    if (Array.isArray(expected)) return matchesMatchers(expected as readonly PatternMatcher[], value);
    return matchesEventPattern(expected as EventPattern, value);
  });
}
