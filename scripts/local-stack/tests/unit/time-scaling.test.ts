import { scaleDefinition } from '../../src';

const definition = {
  StartAt: 'Charge',
  States: {
    Charge: {
      Type: 'Task',
      Resource: 'arn:aws:states:::lambda:invoke',
      Retry: [
        { ErrorEquals: ['A'], IntervalSeconds: 2, MaxDelaySeconds: 10, BackoffRate: 2 },
        { ErrorEquals: ['B'] },
      ],
      Next: 'Cool',
    },
    Cool: { Type: 'Wait', Seconds: 60, Next: 'Branches' },
    Branches: {
      Type: 'Parallel',
      Branches: [{ StartAt: 'Inner', States: { Inner: { Type: 'Wait', Seconds: 10, End: true } } }],
      End: true,
    },
  },
};

describe('scaleDefinition', () => {
  it('multiplies Wait seconds and retry intervals (defaulting IntervalSeconds to 1), nested states included', () => {
    const scaled = scaleDefinition(definition as never, { timeScale: 0.5 }) as unknown as typeof definition;
    expect(scaled.States.Charge.Retry).toEqual([
      { ErrorEquals: ['A'], IntervalSeconds: 1, MaxDelaySeconds: 5, BackoffRate: 2 },
      { ErrorEquals: ['B'], IntervalSeconds: 0.5 },
    ]);
    expect(scaled.States.Cool.Seconds).toBe(30);
    expect(scaled.States.Branches.Branches[0]?.States.Inner.Seconds).toBe(5);
    expect(definition.States.Cool.Seconds).toBe(60);
  });

  it('leaves states with an explicit override alone', () => {
    const scaled = scaleDefinition(definition as never, {
      timeScale: 0.5,
      waitOverridesMs: { Cool: 1 },
      retryOverridesMs: { Charge: 0 },
    }) as unknown as typeof definition;
    expect(scaled.States.Cool.Seconds).toBe(60);
    expect(scaled.States.Charge.Retry[0]?.IntervalSeconds).toBe(2);
  });

  it('changes nothing at scale 1', () => {
    expect(scaleDefinition(definition as never, {})).toEqual(definition);
  });
});
