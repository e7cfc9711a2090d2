import { gzipSync } from 'node:zlib';
import { decodeSubscriptionEvent, SubscriptionEventError } from '../../src';
import {
  controlMessage,
  dataMessage,
  powertoolsLine,
  START_LINE,
  subscriptionEvent,
} from '../support/subscription-payload';

describe('decodeSubscriptionEvent', () => {
  it('decodes base64 + gzip and keeps every line unchanged', () => {
    const line = powertoolsLine({ service: 'order-processor', orderId: 'ord-1' });
    const payload = dataMessage('/aws/lambda/up-dev-order-processor', [
      { timestamp: 1_764_288_000_123, message: START_LINE },
      { timestamp: 1_764_288_000_124, message: line },
    ]);

    const decoded = decodeSubscriptionEvent(subscriptionEvent(payload));

    expect(decoded).toEqual({
      kind: 'data',
      data: {
        logGroup: '/aws/lambda/up-dev-order-processor',
        logStream: payload.logStream,
        logEvents: payload.logEvents,
      },
    });
  });

  it('recognises control messages', () => {
    expect(decodeSubscriptionEvent(subscriptionEvent(controlMessage()))).toEqual({ kind: 'control' });
  });

  it('names awslogs.data when the event carries no data', () => {
    expect(() => decodeSubscriptionEvent({})).toThrow(
      new SubscriptionEventError('awslogs.data', 'must be a non-empty string'),
    );
    expect(() => decodeSubscriptionEvent(null)).toThrow(/^awslogs\.data/);
  });

  it('rejects data that is not gzip or not JSON', () => {
    expect(() =>
      decodeSubscriptionEvent({ awslogs: { data: Buffer.from('plain').toString('base64') } }),
    ).toThrow('awslogs.data: is not base64-encoded gzip');
    const notJson = gzipSync('not json').toString('base64');
    expect(() => decodeSubscriptionEvent({ awslogs: { data: notJson } })).toThrow(
      'awslogs.data: does not hold JSON',
    );
  });

  it('rejects unknown message types and malformed events, naming the field', () => {
    const bad = { ...dataMessage('/aws/lambda/x', []), messageType: 'OTHER' };
    expect(() => decodeSubscriptionEvent(subscriptionEvent(bad))).toThrow(
      /^messageType: must be DATA_MESSAGE/,
    );

    const floatTime = dataMessage('/aws/lambda/x', [{ timestamp: 1.5, message: 'x' }]);
    expect(() => decodeSubscriptionEvent(subscriptionEvent(floatTime))).toThrow(/^logEvents\[0\]\.timestamp/);

    const noMessage = dataMessage('/aws/lambda/x', [{ timestamp: 1, message: 'x' }]);
    (noMessage.logEvents[0] as { message?: string }).message = undefined;
    expect(() => decodeSubscriptionEvent(subscriptionEvent(noMessage))).toThrow(/^logEvents\[0\]\.message/);

    const noGroup = { ...dataMessage('', []) };
    expect(() => decodeSubscriptionEvent(subscriptionEvent(noGroup))).toThrow(/^logGroup/);
  });
});
