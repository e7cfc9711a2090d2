import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import {
  type AslDefinitionInput,
  createTables,
  type JsonValue,
  LOCAL_CREDENTIALS,
  type LocalDynamoDb,
  LocalStepFunctions,
  startDynamoDb,
  stateMachineArn,
} from '../../../src';

const arn = stateMachineArn('ddb');
let ddb: LocalDynamoDb;
let circuitTable: string;

beforeAll(async () => {
  ddb = await startDynamoDb();
  circuitTable = (await createTables(ddb.client, 'sfn')).circuit;
});
afterAll(() => ddb.end());

async function run(definition: AslDefinitionInput, input: JsonValue = {}, client = ddb.client) {
  const sfn = new LocalStepFunctions({ services: { dynamodb: client }, timeScale: 0 });
  sfn.registerStateMachine({ stateMachineArn: arn, definition });
  const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input });
  const result = await sfn.waitForExecution(executionArn);
  return {
    result,
    output: result.output ? JSON.parse(result.output) : undefined,
    events: sfn.getExecutionEvents(executionArn),
  };
}

const task = (resource: string, parameters: object, extra: object = {}) => ({
  StartAt: 'Call',
  States: {
    Call: {
      Type: 'Task',
      Resource: `arn:aws:states:::dynamodb:${resource}`,
      Parameters: parameters,
      End: true,
      ...extra,
    },
  },
});

describe('dynamodb:getItem', () => {
  it('returns { Item } in DynamoDB JSON with the SDK metadata Step Functions adds', async () => {
    await ddb.client.send(
      new PutItemCommand({
        TableName: circuitTable,
        Item: { circuitId: { S: 'g1' }, state: { S: 'OPEN' }, failures: { N: '3' } },
      }),
    );
    const { output, result } = await run(
      task('getItem', {
        TableName: circuitTable,
        Key: { circuitId: { 'S.$': '$.id' } },
        ConsistentRead: true,
      }),
      { id: 'g1' },
    );
    expect([result.status, result.error]).toEqual(['SUCCEEDED', undefined]);
    expect(output.Item).toEqual({ circuitId: { S: 'g1' }, state: { S: 'OPEN' }, failures: { N: '3' } });
    expect(output.SdkHttpMetadata.HttpStatusCode).toBe(200);
    expect(output.SdkResponseMetadata.RequestId).toEqual(expect.any(String));
    expect(output).not.toHaveProperty('$metadata');
  });

  it('returns no Item for a missing key, so a Choice can test IsPresent', async () => {
    const { output } = await run(
      task('getItem', { TableName: circuitTable, Key: { circuitId: { S: 'absent' } } }),
    );
    expect(output).not.toHaveProperty('Item');
  });
});

describe('dynamodb:putItem, updateItem, deleteItem', () => {
  it('writes with putItem and returns no attributes by default', async () => {
    const { output } = await run(
      task('putItem', { TableName: circuitTable, Item: { circuitId: { S: 'p1' }, state: { S: 'CLOSED' } } }),
    );
    expect(Object.keys(output).sort()).toEqual(['SdkHttpMetadata', 'SdkResponseMetadata']);
    const stored = await ddb.client.send(
      new GetItemCommand({ TableName: circuitTable, Key: { circuitId: { S: 'p1' } } }),
    );
    expect(stored.Item?.state).toEqual({ S: 'CLOSED' });
  });

  it('returns { Attributes } from updateItem when ReturnValues is set (atomic ADD)', async () => {
    const update = task('updateItem', {
      TableName: circuitTable,
      Key: { circuitId: { S: 'u1' } },
      UpdateExpression: 'ADD failures :one',
      ExpressionAttributeValues: { ':one': { N: '1' } },
      ReturnValues: 'UPDATED_NEW',
    });
    await run(update);
    const { output } = await run(update);
    expect(output.Attributes).toEqual({ failures: { N: '2' } });
  });

  it('deletes with deleteItem and returns the old item with ReturnValues ALL_OLD', async () => {
    await ddb.client.send(
      new PutItemCommand({ TableName: circuitTable, Item: { circuitId: { S: 'd1' }, v: { S: 'x' } } }),
    );
    const { output } = await run(
      task('deleteItem', {
        TableName: circuitTable,
        Key: { circuitId: { S: 'd1' } },
        ReturnValues: 'ALL_OLD',
      }),
    );
    expect(output.Attributes).toEqual({ circuitId: { S: 'd1' }, v: { S: 'x' } });
  });
});

describe('dynamodb errors', () => {
  const conditionalPut = (extra: object) =>
    task(
      'putItem',
      {
        TableName: circuitTable,
        Item: { circuitId: { S: 'c1' } },
        ConditionExpression: 'attribute_not_exists(circuitId)',
      },
      extra,
    );

  it('raises DynamoDB.ConditionalCheckFailedException, which a Catch matches by name, keeping the input', async () => {
    await ddb.client.send(new PutItemCommand({ TableName: circuitTable, Item: { circuitId: { S: 'c1' } } }));
    const { End: _end, ...call } = conditionalPut({
      Catch: [
        { ErrorEquals: ['DynamoDB.ConditionalCheckFailedException'], ResultPath: '$.error', Next: 'Lost' },
      ],
    }).States.Call;
    const definition = {
      StartAt: 'Call',
      States: { Call: { ...call, Next: 'Lost' }, Lost: { Type: 'Pass', End: true } },
    };
    const { output, result } = await run(definition, { order: 'o-1' });
    expect(result.status).toBe('SUCCEEDED');
    expect(output.order).toBe('o-1');
    expect(output.error.Error).toBe('DynamoDB.ConditionalCheckFailedException');
    expect(output.error.Cause).toMatch(
      /The conditional request failed.*Error Code: ConditionalCheckFailedException/,
    );
  });

  it('fails the execution with that error name when nothing catches it, after the matching retries', async () => {
    const { result, events } = await run(
      conditionalPut({
        Retry: [{ ErrorEquals: ['DynamoDB.ConditionalCheckFailedException'], MaxAttempts: 2 }],
      }),
    );
    expect(result.status).toBe('FAILED');
    expect(result.error).toBe('DynamoDB.ConditionalCheckFailedException');
    expect(events.filter((e) => e.type === 'StateRetried')).toHaveLength(2);
  });

  it('reports a ValidationException as DynamoDB.AmazonDynamoDBException', async () => {
    const { result } = await run(task('getItem', { TableName: circuitTable, Key: { wrongKey: { S: 'x' } } }));
    expect(result.error).toBe('DynamoDB.AmazonDynamoDBException');
    expect(result.cause).toMatch(/ValidationException/);
  });

  it('reports a missing table as DynamoDB.ResourceNotFoundException', async () => {
    const { result } = await run(task('getItem', { TableName: 'no-such-table', Key: { id: { S: 'x' } } }));
    expect(result.error).toBe('DynamoDB.ResourceNotFoundException');
  });

  it('reports an unreachable endpoint as DynamoDB.SdkClientException', async () => {
    const offline = new DynamoDBClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      maxAttempts: 1,
    });
    const { result } = await run(
      task('getItem', { TableName: circuitTable, Key: { circuitId: { S: 'x' } } }),
      {},
      offline,
    );
    offline.destroy();
    expect(result.error).toBe('DynamoDB.SdkClientException');
  });
});
