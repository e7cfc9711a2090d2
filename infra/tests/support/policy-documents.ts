import type { SynthStack } from './fixtures';

export interface Statement {
  readonly Sid?: string;
  readonly Effect: string;
  readonly Principal?: { Service?: string | string[]; AWS?: string | string[] };
  readonly Action: string | string[];
  readonly Resource?: string | string[];
}

export type DocumentKind = 'identity' | 'trust' | 'resource' | 'key';

export interface FoundDocument {
  /** `<resource type>.<logical id>.<attribute>`. */
  readonly where: string;
  readonly kind: DocumentKind;
  readonly statements: readonly Statement[];
}

/** Every policy-bearing attribute the stacks synthesize, and what kind of policy it holds. */
const POLICY_ATTRIBUTES: Readonly<Record<string, { attribute: string; kind: DocumentKind }[]>> = {
  aws_iam_role_policy: [{ attribute: 'policy', kind: 'identity' }],
  aws_iam_role: [{ attribute: 'assume_role_policy', kind: 'trust' }],
  aws_sns_topic_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_s3_bucket_policy: [{ attribute: 'policy', kind: 'resource' }],
  aws_kms_key: [{ attribute: 'policy', kind: 'key' }],
};

/** The IAM documents of a synthesized stack; fails on an unknown resource that carries a policy. */
export function policyDocuments(stack: SynthStack): FoundDocument[] {
  const found: FoundDocument[] = [];
  for (const [type, resources] of Object.entries(stack.resource)) {
    for (const [id, body] of Object.entries(resources)) {
      const known = POLICY_ATTRIBUTES[type] ?? [];
      for (const [attribute, value] of Object.entries(body)) {
        if (isPolicyText(value) && !known.some((entry) => entry.attribute === attribute)) {
          throw new Error(
            `${type}.${id}.${attribute} is a policy the tests do not inspect: add it to POLICY_ATTRIBUTES`,
          );
        }
      }
      for (const { attribute, kind } of known) {
        const text = body[attribute];
        if (typeof text !== 'string') continue;
        const document = JSON.parse(text) as { Statement: Statement[] };
        found.push({ where: `${type}.${id}.${attribute}`, kind, statements: document.Statement });
      }
    }
  }
  return found;
}

function isPolicyText(value: unknown): boolean {
  if (typeof value !== 'string' || !value.includes('"Statement"')) return false;
  try {
    return Array.isArray((JSON.parse(value) as { Statement?: unknown }).Statement);
  } catch {
    return false;
  }
}

export const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];
