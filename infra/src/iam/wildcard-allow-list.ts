import type { PolicyStatement } from './policy-document';

/**
 * The only IAM actions this app grants on `Resource: "*"`, each with the reason AWS requires it.
 * The policy tests fail the build on any other wildcard action or resource.
 */
export const WILDCARD_RESOURCE_ACTIONS: Readonly<Record<string, string>> = {
  'xray:PutTraceSegments':
    'X-Ray has no resource-level permissions (active tracing of Lambda and Step Functions)',
  'xray:PutTelemetryRecords':
    'X-Ray has no resource-level permissions (active tracing of Lambda and Step Functions)',
  'xray:GetSamplingRules':
    'X-Ray has no resource-level permissions (Step Functions tracing reads sampling rules)',
  'xray:GetSamplingTargets':
    'X-Ray has no resource-level permissions (Step Functions tracing reads sampling targets)',
  'logs:CreateLogDelivery': 'CloudWatch Logs vended log delivery (Step Functions logging) only accepts "*"',
  'logs:GetLogDelivery': 'CloudWatch Logs vended log delivery (Step Functions logging) only accepts "*"',
  'logs:UpdateLogDelivery': 'CloudWatch Logs vended log delivery (Step Functions logging) only accepts "*"',
  'logs:DeleteLogDelivery': 'CloudWatch Logs vended log delivery (Step Functions logging) only accepts "*"',
  'logs:ListLogDeliveries': 'CloudWatch Logs vended log delivery (Step Functions logging) only accepts "*"',
  'logs:PutResourcePolicy':
    'Step Functions logging sets the log group resource policy; the action has no resource scope',
  'logs:DescribeResourcePolicies':
    'Step Functions logging reads log resource policies; the action has no resource scope',
  'logs:DescribeLogGroups':
    'Step Functions logging checks the destination; DescribeLogGroups has no resource scope',
};

/**
 * Wildcard actions (a `*` inside the action name) the app grants, each with its reason. The
 * policy tests fail the build on any other.
 */
export const WILDCARD_ACTIONS: Readonly<Record<string, string>> = {
  'kms:GenerateDataKey*':
    'SNS, SQS and the services publishing to encrypted topics call GenerateDataKey and GenerateDataKeyWithoutPlaintext; AWS documents the grant as kms:GenerateDataKey*, on the one key only',
};

/**
 * In a KMS key policy, `Resource: "*"` means "this key" (key policies cannot name other resources),
 * and AWS's default statement gives the account root `kms:*` so the key never becomes unmanageable.
 */
export const KEY_POLICY_EXCEPTIONS = {
  resource: 'in a key policy "*" is the key itself',
  rootAdministration:
    'AWS default key policy: the account root administers the key, IAM policies grant its use',
} as const;

/** Statements for the X-Ray actions a Lambda function with active tracing needs. */
export function lambdaTracingStatement(): PolicyStatement {
  return {
    Sid: 'XRayTracing',
    Effect: 'Allow',
    Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
    Resource: '*',
  };
}

/** What Step Functions needs for CloudWatch logging and X-Ray tracing (AWS documents both on "*"). */
export function stateMachineObservabilityStatements(): PolicyStatement[] {
  return [
    {
      Sid: 'VendedLogDelivery',
      Effect: 'Allow',
      Action: [
        'logs:CreateLogDelivery',
        'logs:GetLogDelivery',
        'logs:UpdateLogDelivery',
        'logs:DeleteLogDelivery',
        'logs:ListLogDeliveries',
        'logs:PutResourcePolicy',
        'logs:DescribeResourcePolicies',
        'logs:DescribeLogGroups',
      ],
      Resource: '*',
    },
    {
      Sid: 'XRayTracing',
      Effect: 'Allow',
      Action: [
        'xray:PutTraceSegments',
        'xray:PutTelemetryRecords',
        'xray:GetSamplingRules',
        'xray:GetSamplingTargets',
      ],
      Resource: '*',
    },
  ];
}
