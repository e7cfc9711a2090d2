import { EVENT_SOURCE, EventDetailType, type OrderEventDetail } from '@unstoppable/core';
import {
  LocalEventBridge,
  LocalStackConfigError,
  ORDER_RULE_NAMES,
  orderNotificationRules,
  SnsTopics,
} from '../../src';

function setup() {
  const topics = new SnsTopics();
  const customerTopicArn = topics.createTopic('customer');
  const bus = new LocalEventBridge(topics, { clock: () => Date.parse('2025-03-04T05:06:07.890Z') });
  bus.createEventBus('payments');
  for (const rule of orderNotificationRules({ eventBusName: 'payments', customerTopicArn }))
    bus.putRule(rule);
  return { topics, customerTopicArn, bus };
}

const completed: OrderEventDetail = {
  orderId: 'ord-7',
  customerEmail: 'ana@example.com',
  amount: 4200,
  currency: 'EUR',
  status: 'COMPLETED',
  chargeId: 'ch_7',
  amountDisplay: '42.00 EUR',
};

describe('LocalEventBridge.putEvents', () => {
  it('returns an EventId per entry and FailedEntryCount 0, and stores the event in the EventBridge envelope', () => {
    const { bus } = setup();
    const result = bus.putEvents({
      Entries: [
        {
          EventBusName: 'payments',
          Source: 'test',
          DetailType: 'Ping',
          Detail: '{"a":1}',
          Resources: ['arn:x'],
        },
      ],
    });
    expect(result.FailedEntryCount).toBe(0);
    expect(result.Entries).toEqual([{ EventId: expect.stringMatching(/^[0-9a-f-]{36}$/) }]);
    expect(bus.events()).toEqual([
      {
        version: '0',
        id: (result.Entries[0] as { EventId: string }).EventId,
        'detail-type': 'Ping',
        source: 'test',
        account: '000000000000',
        time: '2025-03-04T05:06:07Z',
        region: 'us-east-1',
        resources: ['arn:x'],
        detail: { a: 1 },
      },
    ]);
  });

  it('reports bad entries in the result instead of throwing, counting them in FailedEntryCount', () => {
    const { bus } = setup();
    const result = bus.putEvents({
      Entries: [
        { Source: 'a', DetailType: 'b', Detail: 'not json' },
        { Source: 'a', Detail: '{}' },
        { Source: 'a', DetailType: 'b', Detail: '{}', EventBusName: 'missing' },
        { Source: 'a', DetailType: 'b', Detail: '{}' },
      ],
    });
    expect(result.FailedEntryCount).toBe(3);
    expect(result.Entries.map((e) => ('ErrorCode' in e ? e.ErrorCode : 'ok'))).toEqual([
      'MalformedDetail',
      'InvalidArgument',
      'ResourceNotFoundException',
      'ok',
    ]);
  });

  it('accepts the bus by ARN', () => {
    const { bus } = setup();
    const arn = bus.createEventBus('payments');
    expect(arn).toBe('arn:aws:events:us-east-1:000000000000:event-bus/payments');
    expect(
      bus.putEvents({ Entries: [{ EventBusName: arn, Source: 'a', DetailType: 'b', Detail: '{}' }] })
        .FailedEntryCount,
    ).toBe(0);
  });
});

describe('the order notification rules', () => {
  it('turn OrderCompleted into a readable customer message on the customer topic', async () => {
    const { bus, topics, customerTopicArn } = setup();
    bus.putEvents({
      Entries: [
        {
          EventBusName: 'payments',
          Source: EVENT_SOURCE,
          DetailType: EventDetailType.OrderCompleted,
          Detail: JSON.stringify(completed),
        },
      ],
    });
    const [message] = topics.outbox(customerTopicArn);
    expect(message?.Message).toBe('Your order ord-7 is confirmed: the payment of 42.00 EUR went through.');
  });

  it('turn OrderDeclined into a message with the decline reason', () => {
    const { bus, topics, customerTopicArn } = setup();
    const declined = {
      ...completed,
      status: 'DECLINED',
      chargeId: undefined,
      declineReason: 'insufficient funds',
    };
    bus.putEvents({
      Entries: [
        {
          EventBusName: 'payments',
          Source: EVENT_SOURCE,
          DetailType: EventDetailType.OrderDeclined,
          Detail: JSON.stringify(declined),
        },
      ],
    });
    expect(topics.outbox(customerTopicArn).map((n) => n.Message)).toEqual([
      'Your payment for order ord-7 was declined (insufficient funds). No money was taken; please try another payment method.',
    ]);
  });

  it('ignore events of another source, another detail type or another bus', () => {
    const { bus, topics } = setup();
    bus.putEvents({
      Entries: [
        {
          EventBusName: 'payments',
          Source: 'someone.else',
          DetailType: EventDetailType.OrderCompleted,
          Detail: '{}',
        },
        { EventBusName: 'payments', Source: EVENT_SOURCE, DetailType: 'OrderQueued', Detail: '{}' },
        {
          Source: EVENT_SOURCE,
          DetailType: EventDetailType.OrderCompleted,
          Detail: JSON.stringify(completed),
        },
      ],
    });
    expect(topics.outbox()).toHaveLength(0);
  });

  it('are plain data naming the stable rule names', () => {
    const rules = orderNotificationRules({ customerTopicArn: 'arn:aws:sns:eu-west-1:1:customer' });
    expect(rules.map((r) => r.Name)).toEqual([ORDER_RULE_NAMES.completed, ORDER_RULE_NAMES.declined]);
    expect(JSON.parse(JSON.stringify(rules))).toEqual(rules);
    expect(rules.every((r) => r.EventBusName === 'default')).toBe(true);
  });
});

describe('LocalEventBridge.putRule', () => {
  it('refuses targets that are not local topics and conflicting inputs, naming the field', () => {
    const { bus, customerTopicArn } = setup();
    expect(() =>
      bus.putRule({
        Name: 'r',
        EventBusName: 'payments',
        EventPattern: { source: ['a'] },
        Targets: [{ Id: 't', Arn: 'arn:aws:sqs:x' }],
      }),
    ).toThrow(/r\.Targets\[0\]\.Arn/);
    expect(() =>
      bus.putRule({
        Name: 'r',
        EventBusName: 'payments',
        EventPattern: { source: ['a'] },
        Targets: [{ Id: 't', Arn: customerTopicArn, Input: '"x"', InputPath: '$.detail' }],
      }),
    ).toThrow(LocalStackConfigError);
  });

  it('delivers the whole event, a constant Input or an InputPath when no transformer is given', () => {
    const { bus, topics, customerTopicArn } = setup();
    bus.putRule({
      Name: 'raw',
      EventBusName: 'payments',
      EventPattern: { source: ['raw'] },
      Targets: [
        { Id: 'whole', Arn: customerTopicArn },
        { Id: 'constant', Arn: customerTopicArn, Input: '{"fixed":true}' },
        { Id: 'path', Arn: customerTopicArn, InputPath: '$.detail' },
      ],
    });
    bus.putEvents({
      Entries: [{ EventBusName: 'payments', Source: 'raw', DetailType: 'x', Detail: '{"k":"v"}' }],
    });
    const [whole, constant, path] = topics.outbox(customerTopicArn).map((n) => n.Message);
    expect(JSON.parse(whole ?? '')).toMatchObject({ source: 'raw', detail: { k: 'v' } });
    expect(constant).toBe('{"fixed":true}');
    expect(path).toBe('{"k":"v"}');
  });
});
