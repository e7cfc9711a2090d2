import { CIRCUIT_ATTRIBUTES } from '@unstoppable/core';
import { attr, InvalidExpressionError, updateItemParameters } from '../../src';

describe('updateItemParameters', () => {
  const base = {
    tableName: 'circuit',
    key: { circuitId: attr.string('payment-gateway') },
    attributes: CIRCUIT_ATTRIBUTES,
  };

  it('derives ExpressionAttributeNames from the #names used', () => {
    expect(
      updateItemParameters({
        ...base,
        update: 'ADD #failures :one',
        condition: '#state = :closed',
        values: { ':one': attr.number(1), ':closed': attr.string('CLOSED') },
        returnValues: 'UPDATED_NEW',
      }),
    ).toEqual({
      TableName: 'circuit',
      Key: { circuitId: { S: 'payment-gateway' } },
      UpdateExpression: 'ADD #failures :one',
      ConditionExpression: '#state = :closed',
      ExpressionAttributeNames: { '#failures': 'failures', '#state': 'state' },
      ExpressionAttributeValues: { ':one': { N: '1' }, ':closed': { S: 'CLOSED' } },
      ReturnValues: 'UPDATED_NEW',
    });
  });

  it('refuses an attribute the table does not have', () => {
    expect(() =>
      updateItemParameters({ ...base, update: 'SET #colour = :v', values: { ':v': attr.number(1) } }),
    ).toThrow(new InvalidExpressionError('SET #colour = :v ', 'unknown attribute #colour'));
  });

  it('refuses a value used but not given, and a value given but not used (DynamoDB rejects both)', () => {
    expect(() => updateItemParameters({ ...base, update: 'SET #failures = :zero', values: {} })).toThrow(
      'no value for :zero',
    );
    expect(() =>
      updateItemParameters({
        ...base,
        update: 'SET #failures = :zero',
        values: { ':zero': attr.number(0), ':spare': attr.number(1) },
      }),
    ).toThrow('unused value :spare');
  });
});

describe('attr', () => {
  it('writes numbers read from a path through States.Format, since N is a string', () => {
    expect(attr.numberAt('$.order.attempt')).toEqual({ 'N.$': "States.Format('{}', $.order.attempt)" });
    expect(attr.stringAt('$$.Execution.Name')).toEqual({ 'S.$': '$$.Execution.Name' });
  });
});
