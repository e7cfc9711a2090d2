import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { EVENT_SOURCE, EventDetailType } from '@unstoppable/core';
import { createLocalDynamoDbClient, localResourceNames, startLocalRuntime, stateMachineArn } from '../../src';

describe('startLocalRuntime', () => {
  it('starts every emulation wired together, runs a workflow through all of them, and ends in reverse order', async () => {
    const runtime = await startLocalRuntime({ prefix: 'rt', timeScale: 0.001, maxReceiveCount: 2 });
    const names = localResourceNames('rt');
    expect(runtime.tables.orders).toBe('rt-orders');
    expect(runtime.retryQueue.name).toBe(names.retryQueue);
    expect(runtime.deadLetterQueue.name).toBe(names.deadLetterQueue);
    expect(runtime.adminTopicArn).toBe(`arn:aws:sns:us-east-1:000000000000:${names.adminTopic}`);

    runtime.lambdas.register('payment-worker', async (event: { orderId: string }) => ({
      orderId: event.orderId,
      chargeId: 'ch_1',
    }));
    const arn = stateMachineArn('rt-order');
    runtime.stepFunctions.registerStateMachine({
      stateMachineArn: arn,
      definition: {
        StartAt: 'Save',
        States: {
          Save: {
            Type: 'Task',
            Resource: 'arn:aws:states:::dynamodb:putItem',
            Parameters: {
              TableName: runtime.tables.orders,
              Item: { orderId: { 'S.$': '$.orderId' }, status: { S: 'PENDING' } },
            },
            ResultPath: null,
            Next: 'Charge',
          },
          Charge: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: { FunctionName: 'payment-worker', Payload: { 'orderId.$': '$.orderId' } },
            ResultSelector: { 'chargeId.$': '$.Payload.chargeId' },
            ResultPath: '$.charge',
            Next: 'Emit',
          },
          Emit: {
            Type: 'Task',
            Resource: 'arn:aws:states:::events:putEvents',
            Parameters: {
              Entries: [
                {
                  EventBusName: runtime.eventBusName,
                  Source: EVENT_SOURCE,
                  DetailType: EventDetailType.OrderCompleted,
                  Detail: {
                    'orderId.$': '$.orderId',
                    amount: 990,
                    currency: 'EUR',
                    status: 'COMPLETED',
                    customerEmail: 'c@d.e',
                  },
                },
              ],
            },
            ResultPath: null,
            Next: 'Park',
          },
          Park: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sqs:sendMessage',
            Parameters: { QueueUrl: runtime.retryQueue.url, 'MessageBody.$': '$' },
            ResultPath: null,
            Next: 'Alert',
          },
          Alert: {
            Type: 'Task',
            Resource: 'arn:aws:states:::sns:publish',
            Parameters: { TopicArn: runtime.adminTopicArn, 'Message.$': '$.orderId' },
            ResultPath: null,
            End: true,
          },
        },
      },
    });
    const { executionArn } = runtime.stepFunctions.startExecution({
      stateMachineArn: arn,
      name: 'o-77',
      input: { orderId: 'o-77' },
    });
    const result = await runtime.stepFunctions.waitForExecution(executionArn);
    expect(result.status).toBe('SUCCEEDED');
    expect(JSON.parse(result.output ?? '{}').charge).toEqual({ chargeId: 'ch_1' });
    const stored = await runtime.dynamodb.client.send(
      new GetItemCommand({ TableName: 'rt-orders', Key: { orderId: { S: 'o-77' } } }),
    );
    expect(stored.Item?.status).toEqual({ S: 'PENDING' });
    expect(runtime.retryQueue.depth().visible).toBe(1);
    expect(runtime.topics.outbox(runtime.adminTopicArn).map((n) => n.Message)).toEqual(['o-77']);
    expect(runtime.topics.outbox(runtime.customerTopicArn)[0]?.Message).toContain('o-77');

    await runtime.end();
    const probe = createLocalDynamoDbClient(runtime.dynamodb.endpoint);
    await expect(
      probe.send(new GetItemCommand({ TableName: 'rt-orders', Key: { orderId: { S: 'o-77' } } })),
    ).rejects.toThrow();
    probe.destroy();
  });
});
