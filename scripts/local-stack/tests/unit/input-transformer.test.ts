import { applyInputTransformer, readEventPath, validateInputTransformer } from '../../src';

const event = {
  version: '0',
  id: 'e-1',
  'detail-type': 'OrderCompleted',
  source: 'unstoppable.payments',
  detail: {
    orderId: 'ord-1',
    amount: 1250,
    note: 'say "hi"',
    items: [{ sku: 'A' }],
    customer: { id: 'c-1' },
  },
};
const context = {
  ruleArn: 'arn:aws:events:us-east-1:000000000000:rule/r',
  ruleName: 'r',
  ingestionTime: '2025-01-01T00:00:00.000Z',
};

describe('readEventPath', () => {
  it('reads dot paths and array indices, undefined when missing', () => {
    expect(readEventPath(event, '$.detail.orderId')).toBe('ord-1');
    expect(readEventPath(event, '$.detail.items[0].sku')).toBe('A');
    expect(readEventPath(event, '$.detail-type')).toBe('OrderCompleted');
    expect(readEventPath(event, '$.detail.nope.deeper')).toBeUndefined();
    expect(readEventPath(event, '$')).toBe(event);
  });
});

describe('applyInputTransformer', () => {
  it('fills a quoted string template with raw text, keeping the quotes as EventBridge does', () => {
    const output = applyInputTransformer(
      {
        InputPathsMap: { id: '$.detail.orderId', amount: '$.detail.amount' },
        InputTemplate: '"Order <id> charged <amount>"',
      },
      event,
      context,
    );
    expect(output).toBe('"Order ord-1 charged 1250"');
    expect(JSON.parse(output)).toBe('Order ord-1 charged 1250');
  });

  it('inserts values as JSON outside strings and escaped text inside strings of a JSON template', () => {
    const output = applyInputTransformer(
      {
        InputPathsMap: {
          id: '$.detail.orderId',
          amount: '$.detail.amount',
          note: '$.detail.note',
          customer: '$.detail.customer',
        },
        InputTemplate:
          '{"order": <id>, "amount": <amount>, "text": "<id>: <note>", "customer": <customer>, "embedded": "<customer>"}',
      },
      event,
      context,
    );
    expect(JSON.parse(output)).toEqual({
      order: 'ord-1',
      amount: 1250,
      text: 'ord-1: say "hi"',
      customer: { id: 'c-1' },
      embedded: '{"id":"c-1"}',
    });
  });

  it('gives null outside and nothing inside strings for a missing path', () => {
    const output = applyInputTransformer(
      {
        InputPathsMap: { missing: '$.detail.nope' },
        InputTemplate: '{"value": <missing>, "text": "[<missing>]"}',
      },
      event,
      context,
    );
    expect(JSON.parse(output)).toEqual({ value: null, text: '[]' });
  });

  it('fills a plain-text template with plain text', () => {
    expect(
      applyInputTransformer(
        { InputPathsMap: { id: '$.detail.orderId' }, InputTemplate: 'Order <id> done' },
        event,
        context,
      ),
    ).toBe('Order ord-1 done');
  });

  it('provides the predefined aws.events variables', () => {
    const output = applyInputTransformer(
      {
        InputTemplate:
          '{"rule": "<aws.events.rule-name>", "at": "<aws.events.event.ingestion-time>", "event": <aws.events.event>}',
      },
      event,
      context,
    );
    const parsed = JSON.parse(output);
    expect(parsed.rule).toBe('r');
    expect(parsed.at).toBe('2025-01-01T00:00:00.000Z');
    expect(parsed.event).toEqual({
      version: '0',
      id: 'e-1',
      'detail-type': 'OrderCompleted',
      source: 'unstoppable.payments',
    });
  });
});

describe('validateInputTransformer', () => {
  it('refuses undefined placeholders and unsupported paths, naming the field', () => {
    expect(() => validateInputTransformer({ InputTemplate: '"<nope>"' })).toThrow(
      /InputTemplate: placeholder <nope>/,
    );
    expect(() =>
      validateInputTransformer({ InputPathsMap: { a: 'detail.x' }, InputTemplate: '<a>' }),
    ).toThrow(/InputPathsMap\.a: unsupported JSON path/);
    expect(() =>
      validateInputTransformer({ InputPathsMap: { a: '$.detail.x' }, InputTemplate: '"<a>"' }),
    ).not.toThrow();
  });
});
