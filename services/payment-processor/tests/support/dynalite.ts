import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { tableDefinitions } from '@unstoppable/core';

// dynalite ships no types; its default export creates an http.Server speaking the DynamoDB API.
const createDynalite: (options: Record<string, unknown>) => import('node:http').Server = require('dynalite');

export interface TestDynamo {
  readonly client: DynamoDBClient;
  readonly endpoint: string;
  readonly end: () => Promise<void>;
}

/** Starts an in-memory dynalite on a free port and creates every table under `prefix`. */
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
  return {
    client,
    endpoint,
    end: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
