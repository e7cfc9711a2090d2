import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { CHAOS_CONFIG_ID, type ChaosConfig, NO_CHAOS, tableName } from '@unstoppable/core';
import type { Context } from 'aws-lambda';
import type { PaymentProcessorConfig } from '../../src';

export const PREFIX = 'pp-test';

export const testConfig = (
  endpoint: string,
  overrides: Partial<PaymentProcessorConfig> = {},
): PaymentProcessorConfig => ({
  region: 'us-east-1',
  dynamoDbEndpoint: endpoint,
  ordersTable: tableName(PREFIX, 'orders'),
  runtimeConfigTable: tableName(PREFIX, 'runtimeConfig'),
  idempotencyTable: tableName(PREFIX, 'idempotency'),
  ledgerTable: tableName(PREFIX, 'ledger'),
  chaosCacheTtlMs: 5000,
  gatewayTimeoutMs: 2000,
  idempotencyTtlSeconds: 3600,
  ...overrides,
});

export const TOKEN = 'tok_secret0000test';

export async function putOrder(client: DynamoDBClient, orderId: string, amount = 2500): Promise<void> {
  await DynamoDBDocumentClient.from(client).send(
    new PutCommand({
      TableName: tableName(PREFIX, 'orders'),
      Item: {
        orderId,
        status: 'PENDING',
        amount,
        currency: 'EUR',
        paymentToken: TOKEN,
        attempt: 1,
        customer: { id: 'c-1', email: 'ada@example.com' },
        items: [{ sku: 'MUG-01', quantity: 1, unitPrice: amount }],
        createdAt: '2026-11-28T00:00:00.000Z',
        updatedAt: '2026-11-28T00:00:00.000Z',
        listKey: 'ORDER',
        history: [],
      },
    }),
  );
}

export async function setChaos(client: DynamoDBClient, chaos: Partial<ChaosConfig>): Promise<void> {
  await DynamoDBDocumentClient.from(client).send(
    new PutCommand({
      TableName: tableName(PREFIX, 'runtimeConfig'),
      Item: { configId: CHAOS_CONFIG_ID, value: { ...NO_CHAOS, ...chaos } },
    }),
  );
}

export const lambdaContext = (): Context =>
  ({
    functionName: 'pp-test-order-processor',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:us-east-1:000000000000:function:pp-test-order-processor',
    memoryLimitInMB: '256',
    awsRequestId: `req-${Math.random().toString(16).slice(2)}`,
    logGroupName: '/aws/lambda/pp-test-order-processor',
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 10_000,
  }) as Context;

/** Runs `fn` and returns the error it threw (fails the test if it did not throw). */
export async function errorOf(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
