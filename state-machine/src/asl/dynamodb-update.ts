import { InvalidExpressionError } from '../errors';
import type { PayloadTemplate } from './common';
import { attributeNames } from './dynamodb-json';

/** An UpdateItem call for the `dynamodb:updateItem` integration. */
export interface UpdateItemSpec {
  readonly tableName: string;
  readonly key: PayloadTemplate;
  /** Attributes are written `#name`, values `:name`. */
  readonly update: string;
  readonly condition?: string;
  readonly values: Record<`:${string}`, PayloadTemplate>;
  readonly returnValues?: 'NONE' | 'UPDATED_NEW' | 'ALL_NEW';
  /** The attribute names the table has (e.g. CIRCUIT_ATTRIBUTES); `#name` must be one of them. */
  readonly attributes: Readonly<Record<string, string>>;
}

const NAME_PLACEHOLDER = /#([A-Za-z0-9_]+)/g;
const VALUE_PLACEHOLDER = /:([A-Za-z0-9_]+)/g;

/**
 * Builds the integration's Parameters. ExpressionAttributeNames are derived from the `#name`s
 * used (each must be a known attribute); every `:value` used must be given and every value given
 * must be used, as DynamoDB itself insists.
 */
export function updateItemParameters(spec: UpdateItemSpec): PayloadTemplate {
  const expressions = [spec.update, spec.condition ?? ''].join(' ');
  const known = new Set(Object.values(spec.attributes));
  const names = [...new Set([...expressions.matchAll(NAME_PLACEHOLDER)].map((match) => match[1] ?? ''))];
  for (const name of names) {
    if (!known.has(name)) throw new InvalidExpressionError(expressions, `unknown attribute #${name}`);
  }
  const used = new Set([...expressions.matchAll(VALUE_PLACEHOLDER)].map((match) => `:${match[1]}`));
  for (const value of used) {
    if (!(value in spec.values)) throw new InvalidExpressionError(expressions, `no value for ${value}`);
  }
  for (const value of Object.keys(spec.values)) {
    if (!used.has(value)) throw new InvalidExpressionError(expressions, `unused value ${value}`);
  }
  return {
    TableName: spec.tableName,
    Key: spec.key,
    UpdateExpression: spec.update,
    ...(spec.condition === undefined ? {} : { ConditionExpression: spec.condition }),
    ExpressionAttributeNames: attributeNames(...names),
    ExpressionAttributeValues: spec.values,
    ...(spec.returnValues === undefined ? {} : { ReturnValues: spec.returnValues }),
  };
}
