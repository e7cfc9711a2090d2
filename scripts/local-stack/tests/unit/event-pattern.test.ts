import { LocalStackConfigError, matchesEventPattern, validateEventPattern } from '../../src';

const event = {
  source: 'unstoppable.payments',
  'detail-type': 'OrderCompleted',
  resources: ['arn:a', 'arn:b'],
  detail: { orderId: 'ord-42', amount: 1250, status: 'COMPLETED', chargeId: 'ch_1', nested: { flag: true } },
};

describe('matchesEventPattern', () => {
  it('matches equal values, any of several values, and numbers and booleans', () => {
    expect(matchesEventPattern({ source: ['unstoppable.payments'] }, event)).toBe(true);
    expect(matchesEventPattern({ 'detail-type': ['OrderDeclined', 'OrderCompleted'] }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { amount: [1250], nested: { flag: [true] } } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { amount: [1251] } }, event)).toBe(false);
  });

  it('requires every field of the pattern to match', () => {
    expect(
      matchesEventPattern({ source: ['unstoppable.payments'], 'detail-type': ['OrderDeclined'] }, event),
    ).toBe(false);
  });

  it('matches a prefix of a string value', () => {
    expect(matchesEventPattern({ detail: { orderId: [{ prefix: 'ord-' }] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { orderId: [{ prefix: 'x-' }] } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { amount: [{ prefix: '12' }] } }, event)).toBe(false);
  });

  it('matches on presence or absence of a leaf field', () => {
    expect(matchesEventPattern({ detail: { chargeId: [{ exists: true }] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { declineReason: [{ exists: true }] } }, event)).toBe(false);
    expect(matchesEventPattern({ detail: { declineReason: [{ exists: false }] } }, event)).toBe(true);
    expect(matchesEventPattern({ detail: { chargeId: [{ exists: false }] } }, event)).toBe(false);
  });

  it('matches an array in the event when any element matches', () => {
    expect(matchesEventPattern({ resources: ['arn:b'] }, event)).toBe(true);
    expect(matchesEventPattern({ resources: ['arn:c'] }, event)).toBe(false);
  });

  it('does not match a field missing from the event', () => {
    expect(matchesEventPattern({ detail: { missing: ['x'] } }, event)).toBe(false);
    expect(matchesEventPattern({ other: { x: ['y'] } }, event)).toBe(false);
  });
});

describe('validateEventPattern', () => {
  it('accepts the supported subset', () => {
    expect(() =>
      validateEventPattern({ source: ['a'], detail: { x: [{ prefix: 'p' }, { exists: false }, 1, null] } }),
    ).not.toThrow();
  });

  it('names the path of an unsupported matcher or a leaf that is not an array', () => {
    expect(() => validateEventPattern({ detail: { amount: [{ numeric: ['>', 0] }] } })).toThrow(
      /EventPattern\.detail\.amount: unsupported matcher/,
    );
    expect(() => validateEventPattern({ source: 'a' })).toThrow(LocalStackConfigError);
    expect(() => validateEventPattern({})).toThrow(/non-empty object/);
  });
});
