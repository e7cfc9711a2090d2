import { createHash } from 'node:crypto';
import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { LocalHttpServer, LocalStepFunctions, QueueRegistry, stateMachineArn } from '../../src';
import { stepFunctionsOperations } from '../../src/server/sfn-operations';
import { sqsOperations } from '../../src/server/sqs-operations';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
let server: LocalHttpServer;
let sfn: SFNClient;
let sqs: SQSClient;
const executor = new LocalStepFunctions();
const queues = new QueueRegistry();
const queue = queues.createQueue('endpoint-test');
const machine = executor.registerStateMachine({
  stateMachineArn: stateMachineArn('endpoint-test'),
  definition: { StartAt: 'Done', States: { Done: { Type: 'Pass', End: true } } },
});

beforeAll(async () => {
  server = await LocalHttpServer.listen('127.0.0.1', 0);
  server.route({
    api: async () => ({ statusCode: 404 }),
    aws: { ...stepFunctionsOperations(executor), ...sqsOperations(queues) },
  });
  const config = { region: 'us-east-1', endpoint: server.url, credentials, maxAttempts: 1 };
  sfn = new SFNClient(config);
  sqs = new SQSClient(config);
});
afterAll(async () => {
  sfn.destroy();
  sqs.destroy();
  await server.close();
  await executor.end();
});

describe('the AWS JSON endpoint, called by the real SDK clients', () => {
  it('starts and describes executions (StartExecution, DescribeExecution)', async () => {
    const started = await sfn.send(
      new StartExecutionCommand({ stateMachineArn: machine, name: 'run-1', input: '{"a":1}' }),
    );
    expect(started.executionArn).toMatch(/:execution:endpoint-test:run-1$/);
    expect(started.startDate).toBeInstanceOf(Date);
    await executor.waitForExecution(started.executionArn as string);
    const described = await sfn.send(new DescribeExecutionCommand({ executionArn: started.executionArn }));
    expect(described).toMatchObject({
      status: 'SUCCEEDED',
      name: 'run-1',
      input: '{"a":1}',
      output: '{"a":1}',
    });
    expect(described.stopDate).toBeInstanceOf(Date);
  });

  it('raises the SDK exceptions Step Functions raises', async () => {
    await expect(
      sfn.send(
        new DescribeExecutionCommand({
          executionArn: `${machine.replace('stateMachine', 'execution')}:nope`,
        }),
      ),
    ).rejects.toMatchObject({ name: 'ExecutionDoesNotExist', $metadata: { httpStatusCode: 400 } });
    await sfn.send(new StartExecutionCommand({ stateMachineArn: machine, name: 'run-2', input: '{}' }));
    await executor.waitForIdle();
    await expect(
      sfn.send(
        new StartExecutionCommand({ stateMachineArn: machine, name: 'run-2', input: '{"other":true}' }),
      ),
    ).rejects.toMatchObject({ name: 'ExecutionAlreadyExists' });
    await expect(
      sfn.send(new StartExecutionCommand({ stateMachineArn: `${machine}-missing`, name: 'x' })),
    ).rejects.toMatchObject({ name: 'StateMachineDoesNotExist' });
  });

  it('sends messages with the MD5 the SDK verifies, and reports queue depth', async () => {
    const sent = await sqs.send(
      new SendMessageCommand({ QueueUrl: queue.url, MessageBody: '{"order":1}', DelaySeconds: 60 }),
    );
    expect(sent.MessageId).toEqual(expect.any(String));
    expect(sent.MD5OfMessageBody).toBe(createHash('md5').update('{"order":1}').digest('hex'));
    await sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: 'now' }));
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: queue.url,
        AttributeNames: [
          'ApproximateNumberOfMessages',
          'ApproximateNumberOfMessagesDelayed',
          'ApproximateNumberOfMessagesNotVisible',
        ],
      }),
    );
    expect(Attributes).toEqual({
      ApproximateNumberOfMessages: '1',
      ApproximateNumberOfMessagesDelayed: '1',
      ApproximateNumberOfMessagesNotVisible: '0',
    });
  });

  it('raises the SDK exceptions SQS raises, naming the field', async () => {
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl: `${queue.url}-missing`, MessageBody: 'x' })),
    ).rejects.toMatchObject({ name: 'QueueDoesNotExist' });
    await expect(
      sqs.send(new SendMessageCommand({ QueueUrl: queue.url, MessageBody: 'x', DelaySeconds: 901 })),
    ).rejects.toMatchObject({
      name: 'InvalidParameterValue',
      message: expect.stringContaining('DelaySeconds'),
    });
  });

  it('refuses unknown operations and bodies that are not JSON objects', async () => {
    const post = (target: string, body: string) =>
      fetch(server.url, {
        method: 'POST',
        headers: { 'x-amz-target': target, 'content-type': 'application/x-amz-json-1.0' },
        body,
      });
    const unknown = await post('AWSStepFunctions.DeleteStateMachine', '{}');
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ __type: 'UnknownOperationException' });
    const notJson = await post('AmazonSQS.SendMessage', '{');
    expect(await notJson.json()).toMatchObject({ __type: 'SerializationException' });
    const array = await post('AmazonSQS.SendMessage', '[]');
    expect(await array.json()).toMatchObject({
      __type: 'SerializationException',
      message: 'body: must be a JSON object',
    });
  });
});
