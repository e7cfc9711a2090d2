import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { tableDefinitions } from '@unstoppable/core';

// dynalite ships no types; its default export creates an http.Server speaking the DynamoDB API.
const createDynalite: (options: Record<string, unknown>) => Server = require('dynalite');

export interface TestDynamo {
  readonly client: DynamoDBClient;
  readonly endpoint: string;
  /** Every item of a table (all pages): for "nothing was written" assertions. */
  readonly scan: (tableName: string) => Promise<Record<string, unknown>[]>;
  readonly end: () => Promise<void>;
}

/**
 * Starts an in-memory dynalite on a free port and creates every table of core's
 * `tableDefinitions(prefix)`, so tests exercise real DynamoDB behaviour (conditions, indexes).
 *
 * @example
 * const dynamo = await startTestDynamo('oa-test');
 * afterAll(() => dynamo.end());
 */
export async function startTestDynamo(prefix: string): Promise<TestDynamo> {
  const server = createDynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  for (const definition of Object.values(tableDefinitions(prefix))) {
    await client.send(new CreateTableCommand(definition));
  }
  const documents = DynamoDBDocumentClient.from(client);
  const scan = async (tableName: string): Promise<Record<string, unknown>[]> => {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await documents.send(
        new ScanCommand({ TableName: tableName, ExclusiveStartKey: startKey }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  };
  return {
    client,
    endpoint,
    scan,
    end: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
