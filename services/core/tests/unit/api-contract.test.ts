import { forceOpenRequestSchema, ORDER_API_LIMITS, validate } from '../../src';

describe('forceOpenRequestSchema', () => {
  it('accepts an empty body and a trimmed reason', () => {
    expect(validate(forceOpenRequestSchema, {})).toEqual({ ok: true, value: {} });
    expect(validate(forceOpenRequestSchema, { reason: '  gateway maintenance ' })).toEqual({
      ok: true,
      value: { reason: 'gateway maintenance' },
    });
  });

  it.each([
    ['an empty reason', { reason: '  ' }, 'reason'],
    ['a reason that is not text', { reason: 42 }, 'reason'],
    ['a 201-character reason', { reason: 'x'.repeat(201) }, 'reason'],
    ['an unknown field', { until: 'tomorrow' }, 'until'],
  ])('refuses %s, naming the field', (_, body, field) => {
    const result = validate(forceOpenRequestSchema, body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.field).toBe(field);
  });
});

describe('ORDER_API_LIMITS', () => {
  it('keeps the default page within the maximum', () => {
    expect(ORDER_API_LIMITS.defaultPageSize).toBeLessThanOrEqual(ORDER_API_LIMITS.maxPageSize);
  });
});
