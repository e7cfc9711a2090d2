import { AwsServiceError } from '../errors';
import type { JsonValue } from '../json';

const MAX_INPUT_BYTES = 262_144;

// Whitespace, brackets, wildcards and the listed special characters are not allowed.
const FORBIDDEN = /[\s<>{}[\]?*"#%\\^|~`$&,;:/]/u;

/** Control characters U+0000-001F and U+007F-009F. */
function hasControlCharacter(name: string): boolean {
  return [...name].some((char) => {
    const code = char.codePointAt(0) ?? 0;
    return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
  });
}

/** Checks an execution name as StartExecution does (1-80 characters, none of the forbidden ones). */
export function requireExecutionName(name: string): string {
  if (
    typeof name !== 'string' ||
    name.length < 1 ||
    name.length > 80 ||
    FORBIDDEN.test(name) ||
    hasControlCharacter(name)
  ) {
    throw new AwsServiceError(
      'StepFunctions',
      'InvalidName',
      `Invalid Name: '${String(name)}' (1-80 characters, no whitespace, brackets, wildcards, special or control characters)`,
      'name',
    );
  }
  return name;
}

/** StartExecution input: JSON text (as the API takes it) or a JSON value, at most 256 KiB as text. */
export function parseExecutionInput(input: JsonValue | string | undefined): {
  text: string;
  value: JsonValue;
} {
  let value: JsonValue;
  try {
    value = typeof input === 'string' ? (JSON.parse(input) as JsonValue) : (input ?? {});
  } catch (error) {
    throw new AwsServiceError(
      'StepFunctions',
      'InvalidExecutionInput',
      `Invalid State Machine Execution Input: '${(error as Error).message}'`,
      'input',
    );
  }
  const text = JSON.stringify(value);
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    throw new AwsServiceError(
      'StepFunctions',
      'InvalidExecutionInput',
      'Execution input exceeds the 256 KiB limit',
      'input',
    );
  }
  return { text, value };
}
