import { ALERT_KIND_ATTRIBUTE } from '@unstoppable/core';
import { readAlertKind } from '../../src';

const withAttributes = (MessageAttributes: unknown) => ({ Sns: { MessageAttributes } });

describe('readAlertKind', () => {
  it('reads a known kind from the String attribute', () => {
    expect(
      readAlertKind(withAttributes({ [ALERT_KIND_ATTRIBUTE]: { Type: 'String', Value: 'OrderFailed' } })),
    ).toEqual({
      kind: 'known',
      alertKind: 'OrderFailed',
    });
  });

  it('reads no kind when the record has no such attribute', () => {
    expect(readAlertKind(withAttributes({}))).toEqual({ kind: 'none' });
    expect(readAlertKind(withAttributes(undefined))).toEqual({ kind: 'none' });
    expect(readAlertKind({})).toEqual({ kind: 'none' });
    expect(readAlertKind(undefined)).toEqual({ kind: 'none' });
  });

  it('reports an unknown value, or a kind sent with another data type, as unknown', () => {
    expect(readAlertKind(withAttributes({ alertKind: { Type: 'String', Value: 'Nope' } }))).toEqual({
      kind: 'unknown',
      value: 'Nope',
      type: 'String',
    });
    expect(readAlertKind(withAttributes({ alertKind: { Type: 'Number', Value: 'OrderFailed' } }))).toEqual({
      kind: 'unknown',
      value: 'OrderFailed',
      type: 'Number',
    });
    expect(readAlertKind(withAttributes({ alertKind: { Type: 'String', Value: 'x'.repeat(500) } }))).toEqual({
      kind: 'unknown',
      value: 'x'.repeat(64),
      type: 'String',
    });
  });
});
