/**
 * The only module that imports the prebuilt AWS provider bindings (one submodule each, which keeps
 * loading fast). Constructs import the resource classes from here; see README for the cdktn switch.
 */

export { Apigatewayv2Api } from '@cdktf/provider-aws/lib/apigatewayv2-api';
export { Apigatewayv2Authorizer } from '@cdktf/provider-aws/lib/apigatewayv2-authorizer';
export { Apigatewayv2Integration } from '@cdktf/provider-aws/lib/apigatewayv2-integration';
export { Apigatewayv2Route } from '@cdktf/provider-aws/lib/apigatewayv2-route';
export { Apigatewayv2Stage } from '@cdktf/provider-aws/lib/apigatewayv2-stage';
export { CloudfrontDistribution } from '@cdktf/provider-aws/lib/cloudfront-distribution';
export { CloudfrontOriginAccessControl } from '@cdktf/provider-aws/lib/cloudfront-origin-access-control';
export { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
export { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
export { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
export { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
export { CloudwatchLogMetricFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-metric-filter';
export { CloudwatchLogSubscriptionFilter } from '@cdktf/provider-aws/lib/cloudwatch-log-subscription-filter';
export { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
export { CognitoUserPool } from '@cdktf/provider-aws/lib/cognito-user-pool';
export { CognitoUserPoolClient } from '@cdktf/provider-aws/lib/cognito-user-pool-client';
export { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
export { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
export { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
export { DynamodbTableItem } from '@cdktf/provider-aws/lib/dynamodb-table-item';
export { IamRole } from '@cdktf/provider-aws/lib/iam-role';
export { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
export { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
export { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
export { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';
export { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
export { LambdaFunctionEventInvokeConfig } from '@cdktf/provider-aws/lib/lambda-function-event-invoke-config';
export { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
export { AwsProvider } from '@cdktf/provider-aws/lib/provider';
export { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
export { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
export { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
export { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
export { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
export { S3Object } from '@cdktf/provider-aws/lib/s3-object';
export { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
export { SfnStateMachine } from '@cdktf/provider-aws/lib/sfn-state-machine';
export { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
export { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
export { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
export { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
export { SqsQueueRedriveAllowPolicy } from '@cdktf/provider-aws/lib/sqs-queue-redrive-allow-policy';
