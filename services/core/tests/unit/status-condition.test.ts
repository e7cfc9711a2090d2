import { onlyFromStatuses, transitionCondition } from '../../src';

describe('onlyFromStatuses', () => {
  it('renders an IN condition with marshalled values', () => {
    expect(onlyFromStatuses(['PENDING', 'QUEUED'])).toEqual({
      ConditionExpression: '#status IN (:from0, :from1)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':from0': { S: 'PENDING' }, ':from1': { S: 'QUEUED' } },
    });
  });

  it('refuses an empty list', () => {
    expect(() => onlyFromStatuses([])).toThrow(/at least one status/);
  });
});

describe('transitionCondition', () => {
  it('allows COMPLETED only from non-final statuses', () => {
    expect(transitionCondition('COMPLETED').ExpressionAttributeValues).toEqual({
      ':from0': { S: 'PENDING' },
      ':from1': { S: 'QUEUED' },
    });
  });

  it('refuses a transition into PENDING, which nothing may reach', () => {
    expect(() => transitionCondition('PENDING')).toThrow(/no status may move to PENDING/);
  });
});
