import { outageCalls, tripTime } from '../../src';
import { execution, journalEntry, T } from '../support/record-fixture';

describe('tripTime', () => {
  it('is the end of the first successful trip at or after the fault, with a breaker', () => {
    const journal = [
      journalEntry('TripCircuit', 'early', T.fault - 5_000),
      journalEntry('TripCircuit', 'lost-race', T.fault + 1_000, {
        error: 'DynamoDB.ConditionalCheckFailedException',
      }),
      journalEntry('TripCircuit', 'winner', T.fault + 2_000),
    ];
    expect(tripTime(journal, T.fault, 3, true)).toBe(T.fault + 2_010);
    expect(tripTime([], T.fault, 3, true)).toBeUndefined();
  });

  it('is when the threshold-th order failed, without a breaker', () => {
    const journal = [1, 2, 3, 4].map((n) => journalEntry('MarkOrderFailed', `o${n}`, T.fault + n * 1_000));
    expect(tripTime(journal, T.fault, 3, false)).toBe(T.fault + 3_000);
    expect(tripTime(journal.slice(0, 2), T.fault, 3, false)).toBeUndefined();
  });
});

describe('outageCalls', () => {
  it('splits the outage calls at the trip and finds probes and cool-downs', () => {
    const trip = T.fault + 3_000;
    const journal = [
      journalEntry('Charge', 'before-fault', T.fault - 100),
      journalEntry('Charge', 'in-flight', T.fault + 500),
      journalEntry('Charge', 'in-flight', T.fault + 3_500), // its in-place retry, after the trip
      journalEntry('TripCircuit', 'in-flight', trip - 10),
      journalEntry('OpenToHalfOpen', 'trip-1', T.fault + 8_000),
      journalEntry('ClaimProbe', 'probe', T.fault + 8_100),
      journalEntry('ClaimProbe', 'loser', T.fault + 8_150, {
        error: 'DynamoDB.ConditionalCheckFailedException',
      }),
      journalEntry('Charge', 'probe', T.fault + 8_200),
      journalEntry('Charge', 'leak', T.fault + 9_000),
      journalEntry('Charge', 'after-heal', T.heal + 1),
    ];
    const executions = [
      execution('before-fault', T.fault - 200),
      execution('in-flight', T.fault + 400),
      execution('probe', T.fault + 8_000),
      execution('leak', T.fault + 8_900),
      execution('after-heal', T.heal),
    ];
    expect(
      outageCalls({ journal, executions, from: T.fault, to: T.heal, failureThreshold: 3, hasBreaker: true }),
    ).toEqual({
      total: 4,
      trippedAt: trip,
      tripping: 2,
      beyondTripping: 2,
      beyondNotProbing: 1,
      probes: 1,
      halfOpens: 1,
    });
  });

  it('counts every call as tripping while nothing tripped', () => {
    const journal = [journalEntry('Charge', 'a', T.fault + 1), journalEntry('Charge', 'b', T.fault + 2)];
    expect(
      outageCalls({
        journal,
        executions: [],
        from: T.fault,
        to: T.heal,
        failureThreshold: 3,
        hasBreaker: true,
      }),
    ).toMatchObject({ total: 2, tripping: 2, beyondTripping: 0, beyondNotProbing: 0 });
  });
});
