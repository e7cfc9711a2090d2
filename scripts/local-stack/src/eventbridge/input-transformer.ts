import { LocalStackConfigError } from '../errors';

/** EventBridge's InputTransformer: variables from JSON paths, substituted into a template. */
export interface InputTransformer {
  /** Variable name -> JSON path into the event (dot notation and array indices, e.g. `$.detail.items[0]`). */
  readonly InputPathsMap?: Readonly<Record<string, string>>;
  /** Text with `<variable>` placeholders. */
  readonly InputTemplate: string;
}

/** What the predefined `aws.events.*` variables are filled from. */
export interface TransformContext {
  readonly ruleArn: string;
  readonly ruleName: string;
  readonly ingestionTime: string;
}

const PATH = /^\$((\.[A-Za-z0-9_\-/]+)|(\[\d+\]))*$/;
const PLACEHOLDER = /<([A-Za-z0-9_.-]+)>/g;
const PREDEFINED = [
  'aws.events.rule-arn',
  'aws.events.rule-name',
  'aws.events.event.ingestion-time',
  'aws.events.event',
  'aws.events.event.json',
];

/** Reads a JSON path of the supported subset; undefined when any step is missing. */
export function readEventPath(event: unknown, path: string): unknown {
  const steps = path.slice(1).match(/\.[^.[\]]+|\[\d+\]/g) ?? [];
  let value: unknown = event;
  for (const step of steps) {
    if (value === null || typeof value !== 'object') return undefined;
    const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1);
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Checks paths and that every placeholder names a defined or predefined variable. */
export function validateInputTransformer(transformer: InputTransformer, field = 'InputTransformer'): void {
  const paths = transformer.InputPathsMap ?? {};
  for (const [name, path] of Object.entries(paths)) {
    if (!/^[A-Za-z0-9_-]+$/.test(name))
      throw new LocalStackConfigError(`${field}.InputPathsMap`, `bad variable name "${name}"`);
    if (!PATH.test(path)) {
      throw new LocalStackConfigError(
        `${field}.InputPathsMap.${name}`,
        `unsupported JSON path "${path}" (dot notation and [n] only)`,
      );
    }
  }
  if (typeof transformer.InputTemplate !== 'string' || transformer.InputTemplate.length === 0) {
    throw new LocalStackConfigError(`${field}.InputTemplate`, 'must be a non-empty string');
  }
  for (const [, name = ''] of transformer.InputTemplate.matchAll(PLACEHOLDER)) {
    if (!(name in paths) && !PREDEFINED.includes(name)) {
      throw new LocalStackConfigError(
        `${field}.InputTemplate`,
        `placeholder <${name}> is not defined in InputPathsMap`,
      );
    }
  }
}

function variables(transformer: InputTransformer, event: Record<string, unknown>, context: TransformContext) {
  const { detail: _detail, ...withoutDetail } = event;
  const values = new Map<string, unknown>([
    ['aws.events.rule-arn', context.ruleArn],
    ['aws.events.rule-name', context.ruleName],
    ['aws.events.event.ingestion-time', context.ingestionTime],
    ['aws.events.event', withoutDetail],
    ['aws.events.event.json', event],
  ]);
  for (const [name, path] of Object.entries(transformer.InputPathsMap ?? {}))
    values.set(name, readEventPath(event, path));
  return values;
}

/**
 * The text EventBridge sends to the target. Inside a JSON string of the template a value is
 * inserted as escaped text; outside strings it is inserted as JSON in a JSON template (one that
 * starts with `{`, `[` or `"`) and as plain text otherwise. A missing path gives an empty string
 * inside quotes and `null` outside. A quoted template stays quoted: the target gets the JSON string.
 */
export function applyInputTransformer(
  transformer: InputTransformer,
  event: Record<string, unknown>,
  context: TransformContext,
): string {
  const values = variables(transformer, event, context);
  const template = transformer.InputTemplate;
  const jsonTemplate = /^\s*[{["]/.test(template);
  let output = '';
  let inString = false;
  let escaped = false;
  for (let i = 0; i < template.length; i += 1) {
    const char = template.charAt(i);
    const placeholder = char === '<' ? /^<([A-Za-z0-9_.-]+)>/.exec(template.slice(i)) : null;
    if (placeholder?.[1] !== undefined && values.has(placeholder[1])) {
      const value = values.get(placeholder[1]);
      if (inString) {
        output +=
          value === undefined
            ? ''
            : JSON.stringify(typeof value === 'string' ? value : JSON.stringify(value)).slice(1, -1);
      } else if (jsonTemplate) {
        output += value === undefined ? 'null' : JSON.stringify(value);
      } else {
        output += value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
      }
      i += placeholder[0].length - 1;
      continue;
    }
    if (char === '"' && !escaped && jsonTemplate) inString = !inString;
    escaped = char === '\\' && !escaped;
    output += char;
  }
  return output;
}
