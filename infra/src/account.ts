import type { Construct } from 'constructs';
import { DataAwsCallerIdentity, DataAwsPartition } from './aws';

/** Where a stack deploys: account id and partition are looked up at plan time, the region is config. */
export interface AccountContext {
  readonly accountId: string;
  readonly partition: string;
  readonly region: string;
}

/** Declares the look-ups once per stack. */
export function accountContext(scope: Construct, region: string): AccountContext {
  return {
    accountId: new DataAwsCallerIdentity(scope, 'caller').accountId,
    partition: new DataAwsPartition(scope, 'partition').partition,
    region,
  };
}

/** An ARN in this account and region, e.g. `arn(ctx, 'cloudwatch', 'alarm:up-dev-*')`. */
export function arn(context: AccountContext, service: string, resource: string): string {
  return `arn:${context.partition}:${service}:${context.region}:${context.accountId}:${resource}`;
}
