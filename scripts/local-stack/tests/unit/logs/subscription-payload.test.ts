import { gunzipSync } from 'node:zlib';
import { LogService, lambdaLogGroupName } from '@unstoppable/core';
import { decodeSubscriptionEvent } from '@unstoppable/loki-forwarder';
import { LOCAL_ACCOUNT_ID } from '../../../src/local-aws';
import {
  cloudWatchEventId,
  dataMessages,
  type LogStreamBatch,
  subscriptionEvent,
  subscriptionFilterName,
} from '../../../src/logs';

const GROUP = lambdaLogGroupName('local', LogService.orderProcessor);
const STREAM = '2026/11/28/[$LATEST]0123456789abcdef0123456789abcdef';

function batch(messages: Array<[number, string]>): LogStreamBatch {
  return {
    logGroup: GROUP,
    logStream: STREAM,
    logEvents: messages.map(([timestamp, message], n) => ({
      id: cloudWatchEventId(timestamp, n),
      timestamp,
      message,
    })),
  };
}

describe('cloudWatchEventId', () => {
  it('is 56 digits, as CloudWatch Logs event ids are, and sorts by time then sequence', () => {
    const ids = [
      cloudWatchEventId(1_764_288_000_000, 2),
      cloudWatchEventId(1_764_288_000_000, 10),
      cloudWatchEventId(1_764_288_000_001, 0),
    ];
    for (const id of ids) expect(id).toMatch(/^\d{56}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('dataMessages', () => {
  const options = { filterName: subscriptionFilterName('local') };

  it('builds the DATA_MESSAGE CloudWatch Logs delivers: owner, group, stream, filter and events', () => {
    const [message, ...rest] = dataMessages(
      batch([
        [2, '{"b":2}'],
        [1, '{"a":1}'],
      ]),
      options,
    );
    expect(rest).toEqual([]);
    expect(message).toEqual({
      messageType: 'DATA_MESSAGE',
      owner: LOCAL_ACCOUNT_ID,
      logGroup: '/aws/lambda/local-order-processor',
      logStream: STREAM,
      subscriptionFilters: ['local-to-loki'],
      logEvents: [
        { id: cloudWatchEventId(1, 1), timestamp: 1, message: '{"a":1}' },
        { id: cloudWatchEventId(2, 0), timestamp: 2, message: '{"b":2}' },
      ],
    });
  });

  it('splits at maxEvents', () => {
    const messages = dataMessages(
      batch([
        [1, 'a'],
        [2, 'b'],
        [3, 'c'],
      ]),
      { ...options, maxEvents: 2 },
    );
    expect(messages.map((m) => m.logEvents.map((e) => e.message))).toEqual([['a', 'b'], ['c']]);
  });

  it('splits at maxPayloadBytes counting UTF-8 bytes plus 26 per event, an oversized event alone', () => {
    const euro = '€'.repeat(10); // 30 bytes + 26 = 56 per event
    const messages = dataMessages(
      batch([
        [1, euro],
        [2, euro],
        [3, 'x'.repeat(500)],
        [4, euro],
      ]),
      {
        ...options,
        maxPayloadBytes: 112,
      },
    );
    expect(messages.map((m) => m.logEvents.map((e) => e.timestamp))).toEqual([[1, 2], [3], [4]]);
  });

  it('keeps the write order of events with the same timestamp', () => {
    const messages = dataMessages(
      batch([
        [5, 'first'],
        [5, 'second'],
        [5, 'third'],
      ]),
      options,
    );
    expect(messages[0]?.logEvents.map((e) => e.message)).toEqual(['first', 'second', 'third']);
  });
});

describe('subscriptionEvent', () => {
  it('wraps the payload as base64(gzip(json)) under awslogs.data', () => {
    const [message] = dataMessages(batch([[1, 'line']]), { filterName: 'local-to-loki' });
    if (!message) throw new Error('no message');
    const event = subscriptionEvent(message);
    expect(Object.keys(event)).toEqual(['awslogs']);
    expect(JSON.parse(gunzipSync(Buffer.from(event.awslogs.data, 'base64')).toString('utf8'))).toEqual(
      message,
    );
  });

  it('decodes with the forwarder’s own decoder to the same group, stream and events', () => {
    const events: Array<[number, string]> = [
      [1, '{"service":"order-processor"}'],
      [2, 'START RequestId: x'],
    ];
    const [message] = dataMessages(batch(events), { filterName: 'local-to-loki' });
    if (!message) throw new Error('no message');
    expect(decodeSubscriptionEvent(subscriptionEvent(message))).toEqual({
      kind: 'data',
      data: { logGroup: message.logGroup, logStream: message.logStream, logEvents: message.logEvents },
    });
  });
});
