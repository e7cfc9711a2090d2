import { EVENT_SOURCE, EventDetailType } from '@unstoppable/core';
import {
  type AslDefinitionInput,
  type JsonValue,
  LocalEventBridge,
  LocalStepFunctions,
  orderNotificationRules,
  QueueRegistry,
  SnsTopics,
  stateMachineArn,
} from '../../../src';

const arn = stateMachineArn('messaging');

function setup() {
  const queues = new QueueRegistry();
  const queue = queues.createQueue('retry');
  const topics = new SnsTopics();
  const adminTopic = topics.createTopic('admin');
  const customerTopic = topics.createTopic('customer');
  const eventBridge = new LocalEventBridge(topics);
  eventBridge.createEventBus('payments');
  for (const rule of orderNotificationRules({ eventBusName: 'payments', customerTopicArn: customerTopic }))
    eventBridge.putRule(rule);
  const sfn = new LocalStepFunctions({ services: { queues, topics, eventBridge } });
  return { queue, topics, adminTopic, customerTopic, eventBridge, sfn };
}

async function run(sfn: LocalStepFunctions, resource: string, parameters: object, input: JsonValue = {}) {
  const definition: AslDefinitionInput = {
    StartAt: 'Call',
    States: {
      Call: {
        Type: 'Task',
        Resource: resource,
        Parameters: parameters,
        Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Failed' }],
        End: true,
      },
      Failed: { Type: 'Pass', End: true },
    },
  };
  sfn.registerStateMachine({ stateMachineArn: arn, definition });
  const { executionArn } = sfn.startExecution({ stateMachineArn: arn, input });
  const result = await sfn.waitForExecution(executionArn);
  return { executionArn, output: JSON.parse(result.output ?? 'null') };
}

describe('sqs:sendMessage', () => {
  it('serialises an object MessageBody, applies DelaySeconds and returns MessageId and MD5OfMessageBody', async () => {
    const { sfn, queue } = setup();
    const { output } = await run(
      sfn,
      'arn:aws:states:::sqs:sendMessage',
      { QueueUrl: queue.url, 'MessageBody.$': '$', DelaySeconds: 5 },
      { order: { orderId: 'o-1', attempt: 2 } },
    );
    expect(output).toMatchObject({
      MessageId: expect.any(String),
      MD5OfMessageBody: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(queue.depth()).toEqual({ visible: 0, delayed: 1, inFlight: 0 });
    const snapshot = queue.snapshot();
    expect(JSON.parse(snapshot.messages[0]?.body ?? '')).toEqual({ order: { orderId: 'o-1', attempt: 2 } });
    expect(snapshot.messages[0]?.messageId).toBe(output.MessageId);
  });

  it('fails with SQS.AmazonSQSException for a DelaySeconds SQS refuses', async () => {
    const { sfn, queue } = setup();
    const { output } = await run(sfn, 'arn:aws:states:::sqs:sendMessage', {
      QueueUrl: queue.url,
      MessageBody: 'x',
      DelaySeconds: 901,
    });
    expect(output.error.Error).toBe('SQS.AmazonSQSException');
    expect(output.error.Cause).toMatch(/DelaySeconds/);
  });

  it('fails with SQS.QueueDoesNotExistException for an unknown queue', async () => {
    const { sfn } = setup();
    const { output } = await run(sfn, 'arn:aws:states:::sqs:sendMessage', {
      QueueUrl: 'https://example.invalid/1/none',
      MessageBody: 'x',
    });
    expect(output.error.Error).toBe('SQS.QueueDoesNotExistException');
  });
});

describe('sns:publish', () => {
  it('publishes to the topic and returns the MessageId', async () => {
    const { sfn, topics, adminTopic } = setup();
    const { output } = await run(
      sfn,
      'arn:aws:states:::sns:publish',
      {
        TopicArn: adminTopic,
        Subject: 'Circuit OPEN',
        'Message.$': "States.Format('Circuit {} opened', $.circuitId)",
      },
      { circuitId: 'payment-gateway' },
    );
    const [sent] = topics.outbox(adminTopic);
    expect(output.MessageId).toBe(sent?.MessageId);
    expect(sent).toMatchObject({ Subject: 'Circuit OPEN', Message: 'Circuit payment-gateway opened' });
  });

  it('serialises an object Message and fails with SNS.NotFoundException for an unknown topic', async () => {
    const { sfn, topics, adminTopic } = setup();
    await run(sfn, 'arn:aws:states:::sns:publish', { TopicArn: adminTopic, Message: { alert: 'x' } });
    expect(topics.outbox(adminTopic)[0]?.Message).toBe('{"alert":"x"}');
    const { output } = await run(sfn, 'arn:aws:states:::sns:publish', {
      TopicArn: `${adminTopic}-nope`,
      Message: 'm',
    });
    expect(output.error.Error).toBe('SNS.NotFoundException');
  });
});

describe('events:putEvents', () => {
  it('puts the event on the bus, appending execution and state machine ARNs to Resources, and the rule notifies the customer', async () => {
    const { sfn, eventBridge, topics, customerTopic } = setup();
    const { output, executionArn } = await run(
      sfn,
      'arn:aws:states:::events:putEvents',
      {
        Entries: [
          {
            EventBusName: 'payments',
            Source: EVENT_SOURCE,
            DetailType: EventDetailType.OrderCompleted,
            Detail: {
              'orderId.$': '$.orderId',
              amount: 1500,
              currency: 'USD',
              amountDisplay: '15.00 USD',
              status: 'COMPLETED',
              customerEmail: 'a@b.c',
            },
          },
        ],
      },
      { orderId: 'o-9' },
    );
    expect(output).toMatchObject({ Entries: [{ EventId: expect.any(String) }], FailedEntryCount: 0 });
    const [event] = eventBridge.events();
    expect(event?.id).toBe(output.Entries[0].EventId);
    expect(event?.resources).toEqual([executionArn, arn]);
    expect(event?.detail).toMatchObject({ orderId: 'o-9', amount: 1500 });
    expect(topics.outbox(customerTopic).map((n) => n.Message)).toEqual([
      'Your order o-9 is confirmed: the payment of 15.00 USD went through.',
    ]);
  });

  it('fails with EventBridge.FailedEntry when an entry is refused', async () => {
    const { sfn } = setup();
    const { output } = await run(sfn, 'arn:aws:states:::events:putEvents', {
      Entries: [{ EventBusName: 'no-such-bus', Source: 's', DetailType: 'd', Detail: {} }],
    });
    expect(output.error.Error).toBe('EventBridge.FailedEntry');
    expect(JSON.parse(output.error.Cause)).toMatchObject({ FailedEntryCount: 1 });
  });
});
