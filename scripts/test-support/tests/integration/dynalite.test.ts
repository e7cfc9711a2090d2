import { ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { tableDefinitions, tableName } from '@unstoppable/core';
import { startTestDynamo, type TestDynamo } from '../../src';

describe('startTestDynamo', () => {
  let dynamo: TestDynamo;
  beforeAll(async () => {
    dynamo = await startTestDynamo('ts-test');
  });
  afterAll(() => dynamo.end());

  it('creates every table of the core definitions', async () => {
    const { TableNames } = await dynamo.client.send(new ListTablesCommand({}));
    const expected = Object.values(tableDefinitions('ts-test')).map((table) => table.TableName);
    expect([...(TableNames ?? [])].sort()).toEqual([...expected].sort());
  });

  it('scans every item of a table', async () => {
    const table = tableName('ts-test', 'circuit');
    expect(await dynamo.scan(table)).toEqual([]);
    await dynamo.client.send(new PutItemCommand({ TableName: table, Item: { circuitId: { S: 'x' } } }));
    expect(await dynamo.scan(table)).toEqual([{ circuitId: 'x' }]);
  });
});
