/**
 * The fake account the local stack lives in, and ARN/URL builders in the shapes AWS uses, so the
 * same definitions (which only carry ARNs and URLs as strings) run locally and on AWS.
 */
export const LOCAL_REGION = 'us-east-1';
export const LOCAL_ACCOUNT_ID = '000000000000';

/** Where an emulated resource lives. */
export interface AwsLocation {
  readonly region: string;
  readonly accountId: string;
}

export const LOCAL_LOCATION: AwsLocation = { region: LOCAL_REGION, accountId: LOCAL_ACCOUNT_ID };

export function stateMachineArn(name: string, at: AwsLocation = LOCAL_LOCATION): string {
  return `arn:aws:states:${at.region}:${at.accountId}:stateMachine:${name}`;
}

export function executionArn(stateMachine: string, name: string, at: AwsLocation = LOCAL_LOCATION): string {
  return `arn:aws:states:${at.region}:${at.accountId}:execution:${stateMachine}:${name}`;
}

export function topicArn(name: string, at: AwsLocation = LOCAL_LOCATION): string {
  return `arn:aws:sns:${at.region}:${at.accountId}:${name}`;
}

export function queueArn(name: string, at: AwsLocation = LOCAL_LOCATION): string {
  return `arn:aws:sqs:${at.region}:${at.accountId}:${name}`;
}

/** Queue URL in the form SQS returns (`https://sqs.<region>.amazonaws.com/<account>/<name>`). */
export function queueUrl(name: string, at: AwsLocation = LOCAL_LOCATION): string {
  return `https://sqs.${at.region}.amazonaws.com/${at.accountId}/${name}`;
}

export function lambdaArn(name: string, at: AwsLocation = LOCAL_LOCATION): string {
  return `arn:aws:lambda:${at.region}:${at.accountId}:function:${name}`;
}

export function eventBusArn(name: string, at: AwsLocation = LOCAL_LOCATION): string {
  return `arn:aws:events:${at.region}:${at.accountId}:event-bus/${name}`;
}

export function ruleArn(busName: string, ruleName: string, at: AwsLocation = LOCAL_LOCATION): string {
  const path = busName === 'default' ? ruleName : `${busName}/${ruleName}`;
  return `arn:aws:events:${at.region}:${at.accountId}:rule/${path}`;
}

/** The last `:`- or `/`-separated part of an ARN (a topic, queue or state machine name). */
export function arnResourceName(arn: string): string {
  const parts = arn.split(/[:/]/);
  return parts[parts.length - 1] ?? arn;
}
