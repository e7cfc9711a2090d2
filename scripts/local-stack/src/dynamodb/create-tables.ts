import { CreateTableCommand, type DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { type TableKey, tableDefinitions } from '@unstoppable/core';

/**
 * Creates every table of core's `tableDefinitions(prefix)` (`<prefix>-orders` with its two
 * indexes, ...), skipping tables that already exist (a store kept on disk). Returns the physical
 * table names by logical key.
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
  for (const definition of Object.values(definitions)) {
    if (!existing.has(definition.TableName)) await client.send(new CreateTableCommand(definition));
  }
  const keys = Object.keys(definitions) as TableKey[];
  return Object.fromEntries(keys.map((key) => [key, definitions[key].TableName])) as Record<TableKey, string>;
}
