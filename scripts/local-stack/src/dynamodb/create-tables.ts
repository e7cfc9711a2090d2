import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
} from '@aws-sdk/client-dynamodb';
import { type TableKey, tableDefinitions } from '@unstoppable/core';
import { WaitTimeoutError } from '../errors';

/** How long a new table may stay CREATING before start-up gives up. */
const TABLE_ACTIVE_TIMEOUT_MS = 10_000;
const TABLE_POLL_MS = 10;

/**
 * Waits until a table is ACTIVE. CreateTable answers while the table is still CREATING (dynalite
 * too, for a moment even with `createTableMs: 0`), and reads or writes before then fail with
 * ResourceNotFoundException.
 */
async function waitUntilActive(client: DynamoDBClient, tableName: string): Promise<void> {
  const deadline = Date.now() + TABLE_ACTIVE_TIMEOUT_MS;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') return;
    if (Date.now() > deadline) {
      throw new WaitTimeoutError(
        `table ${tableName} is still ${Table?.TableStatus} after ${TABLE_ACTIVE_TIMEOUT_MS} ms`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, TABLE_POLL_MS));
  }
}

/**
 * Creates every table of core's `tableDefinitions(prefix)` (`<prefix>-orders` with its two
 * indexes, ...), skipping tables that already exist (a store kept on disk), and waits until the
 * new ones are ACTIVE. Returns the physical table names by logical key.
 *
 * TTL attributes are not switched on: dynalite has no UpdateTimeToLive, and DynamoDB's own TTL
 * deletion is lazy (up to days), so nothing may rely on it.
 */
export async function createTables(
  client: DynamoDBClient,
  prefix: string,
): Promise<Record<TableKey, string>> {
  const existing = new Set<string>();
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    for (const name of page.TableNames ?? []) existing.add(name);
    start = page.LastEvaluatedTableName;
  } while (start);
  const definitions = tableDefinitions(prefix);
  const created: string[] = [];
  for (const definition of Object.values(definitions)) {
    if (existing.has(definition.TableName)) continue;
    await client.send(new CreateTableCommand(definition));
    created.push(definition.TableName);
  }
  await Promise.all(created.map((name) => waitUntilActive(client, name)));
  const keys = Object.keys(definitions) as TableKey[];
  return Object.fromEntries(keys.map((key) => [key, definitions[key].TableName])) as Record<TableKey, string>;
}
