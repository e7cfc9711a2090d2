import { chaosConfigFromForm, chaosFormValues } from '../../../src/admin/chaos-form';

const form = { down: false, failurePercent: '0', latencyMs: '0', declinePercent: '0' };

describe('chaos form', () => {
  it('shows stored rates as percentages', () => {
    expect(chaosFormValues({ down: true, failureRate: 0.3, latencyMs: 250, declineRate: 0.05 })).toEqual({
      down: true,
      failurePercent: '30',
      latencyMs: '250',
      declinePercent: '5',
    });
  });

  it('turns percentages into rates for the API', () => {
    expect(
      chaosConfigFromForm({ down: true, failurePercent: '12.5', latencyMs: ' 1500 ', declinePercent: '100' }),
    ).toEqual({ ok: true, config: { down: true, failureRate: 0.125, latencyMs: 1500, declineRate: 1 } });
  });

  it('reads an empty box as zero', () => {
    expect(chaosConfigFromForm({ ...form, failurePercent: '', latencyMs: '', declinePercent: '' })).toEqual({
      ok: true,
      config: { down: false, failureRate: 0, latencyMs: 0, declineRate: 0 },
    });
  });

  it('names each field out of range with the API field name', () => {
    const result = chaosConfigFromForm({
      down: false,
      failurePercent: '101',
      latencyMs: '2.5',
      declinePercent: '-1',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.field, error.rule])).toEqual([
      ['failureRate', 'range'],
      ['latencyMs', 'integer'],
      ['declineRate', 'range'],
    ]);
    expect(chaosConfigFromForm({ ...form, latencyMs: '60001' })).toMatchObject({
      ok: false,
      errors: [{ field: 'latencyMs', message: 'Added latency must be a number from 0 to 60000' }],
    });
    expect(chaosConfigFromForm({ ...form, failurePercent: 'lots' })).toMatchObject({ ok: false });
  });
});
