import {
  DeleteItemCommand,
  type DeleteItemCommandInput,
  type DynamoDBClient,
  GetItemCommand,
  type GetItemCommandInput,
  PutItemCommand,
  type PutItemCommandInput,
  UpdateItemCommand,
  type UpdateItemCommandInput,
} from '@aws-sdk/client-dynamodb';
import { TaskFailedError } from '../../errors';
import type { JsonObject } from '../../json';
import { requireParameters, serviceCause, type TaskAdapter, withSdkMetadata } from './task-adapter';

type Send = (client: DynamoDBClient, request: JsonObject) => Promise<object>;

/** The API call behind each action; the request is the Task's Parameters, unchanged. */
const COMMANDS = {
  getItem: (client, request) => client.send(new GetItemCommand(request as unknown as GetItemCommandInput)),
  putItem: (client, request) => client.send(new PutItemCommand(request as unknown as PutItemCommandInput)),
  updateItem: (client, request) =>
    client.send(new UpdateItemCommand(request as unknown as UpdateItemCommandInput)),
  deleteItem: (client, request) =>
    client.send(new DeleteItemCommand(request as unknown as DeleteItemCommandInput)),
} as const satisfies Record<string, Send>;

export type DynamoDbAction = keyof typeof COMMANDS;

export const DYNAMODB_ACTIONS = Object.keys(COMMANDS) as DynamoDbAction[];

/**
 * Exceptions that keep their own name in Step Functions (`DynamoDB.<name>`); any other service
 * error (ValidationException, ...) surfaces as `DynamoDB.AmazonDynamoDBException`, and a failure
 * to reach the service as `DynamoDB.SdkClientException`.
 */
const NAMED_EXCEPTIONS = new Set([
  'ConditionalCheckFailedException',
  'ResourceNotFoundException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'ItemCollectionSizeLimitExceededException',
  'TransactionConflictException',
  'InternalServerError',
]);

interface SdkServiceError {
  readonly name: string;
  readonly message: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
}

/** The Step Functions error for a DynamoDB SDK error. */
export function dynamoDbTaskError(error: unknown): TaskFailedError {
  const sdk = error as SdkServiceError;
  const status = sdk?.$metadata?.httpStatusCode;
  if (typeof status !== 'number') {
    return new TaskFailedError(
      'DynamoDB.SdkClientException',
      `Unable to execute HTTP request: ${sdk?.message ?? String(error)}`,
    );
  }
  const name = NAMED_EXCEPTIONS.has(sdk.name) ? sdk.name : 'AmazonDynamoDBException';
  return new TaskFailedError(
    `DynamoDB.${name}`,
    serviceCause('AmazonDynamoDBv2', sdk.name, sdk.message, status),
  );
}

/**
 * `arn:aws:states:::dynamodb:<action>`: sends the Parameters (the DynamoDB API request, in
 * DynamoDB JSON) to dynalite and returns the API response (`{ Item }`, `{ Attributes }`, `{}`).
 */
export function dynamoDbTask(client: DynamoDBClient, action: DynamoDbAction): TaskAdapter {
  const send: Send = COMMANDS[action];
  return async (parameters) => {
    const request = requireParameters(parameters, 'DynamoDB.AmazonDynamoDBException', `dynamodb:${action}`);
    let response: Record<string, unknown>;
    try {
      response = (await send(client, request)) as Record<string, unknown>;
    } catch (error) {
      throw dynamoDbTaskError(error);
    }
    const { $metadata: _metadata, ...body } = response;
    return withSdkMetadata(body as JsonObject);
  };
}
