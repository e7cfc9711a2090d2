import type { JsonPath } from '../asl/common';
import { InvalidExpressionError } from '../errors';

/**
 * `States.Format('template', args...)`. The template may not hold quotes or backslashes (which
 * would need escaping) nor commas (which some intrinsic parsers split on); each `{}` takes the
 * next argument.
 */
export function statesFormat(template: string, ...args: readonly JsonPath[]): string {
  if (/['\\,]/.test(template)) throw new InvalidExpressionError(template, 'quote, backslash or comma');
  const slots = template.split('{}').length - 1;
  if (slots !== args.length)
    throw new InvalidExpressionError(template, `${slots} slots for ${args.length} arguments`);
  return `States.Format('${template}'${args.map((arg) => `, ${arg}`).join('')})`;
}
