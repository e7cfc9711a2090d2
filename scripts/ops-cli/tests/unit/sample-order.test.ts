import { createOrderInputSchema, validate } from '@unstoppable/core';
import { sampleOrder, seededRandom } from '../../src';

describe('sampleOrder', () => {
  it('produces orders the API schema accepts', () => {
    const random = seededRandom(42);
    const schema = createOrderInputSchema();
    for (let sequence = 1; sequence <= 200; sequence += 1) {
      expect(validate(schema, sampleOrder(random, sequence))).toMatchObject({ ok: true });
    }
  });

  it('repeats the same orders for the same seed', () => {
    expect(sampleOrder(seededRandom(7), 1)).toEqual(sampleOrder(seededRandom(7), 1));
    expect(sampleOrder(seededRandom(7), 1)).not.toEqual(sampleOrder(seededRandom(8), 1));
  });
});
