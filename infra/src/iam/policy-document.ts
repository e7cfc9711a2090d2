/**
 * IAM policy documents as typed objects. Values may hold cdktf tokens (ARNs known only at apply
 * time); `renderPolicy` turns a document into the JSON string a resource takes, and Terraform
 * resolves the tokens inside it.
 */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal?: {
    readonly Service?: string | readonly string[];
    readonly AWS?: string | readonly string[];
  };
  readonly Action: string | readonly string[];
  /** Absent only in trust policies, where the role itself is the resource. */
  readonly Resource?: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}

/** A document with the current policy language version. */
export function policyDocument(statements: readonly PolicyStatement[]): PolicyDocument {
  return { Version: '2012-10-17', Statement: statements };
}

/** The JSON a resource's `policy` / `assume_role_policy` attribute takes. */
export function renderPolicy(statements: readonly PolicyStatement[]): string {
  return JSON.stringify(policyDocument(statements));
}

/**
 * Trust policy letting one AWS service assume a role. `sourceAccount` adds the confused-deputy
 * guard for services that send `aws:SourceAccount` on AssumeRole (Step Functions does; Lambda does not).
 */
export function serviceTrustPolicy(service: string, sourceAccount?: string): string {
  return renderPolicy([
    {
      Effect: 'Allow',
      Principal: { Service: service },
      Action: 'sts:AssumeRole',
      ...(sourceAccount ? { Condition: { StringEquals: { 'aws:SourceAccount': sourceAccount } } } : {}),
    },
  ]);
}
