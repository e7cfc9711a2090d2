import type { ChargeInvocation, CooldownWorkflowInput } from '@unstoppable/core';
import type { TemplateOf } from '../../src';

describe('TemplateOf', () => {
  it('accepts each contract field literally or as a path', () => {
    const payload: TemplateOf<ChargeInvocation> = {
      'orderId.$': '$.order.orderId',
      attempt: 1,
      'executionName.$': '$$.Execution.Name',
    };
    expect(Object.keys(payload)).toEqual(['orderId.$', 'attempt', 'executionName.$']);
  });

  it('does not compile when a field is missing, unknown, or a path is not a string', () => {
    // @ts-expect-error consecutiveOpens is missing
    const missing: TemplateOf<CooldownWorkflowInput> = {
      circuitId: 'payment-gateway',
      'tripId.$': '$.tripId',
    };
    const unknown: TemplateOf<CooldownWorkflowInput> = {
      circuitId: 'payment-gateway',
      'tripId.$': '$.tripId',
      consecutiveOpens: 1,
      // @ts-expect-error trip is not a field of CooldownWorkflowInput
      trip: 'x',
    };
    const notAPath: TemplateOf<CooldownWorkflowInput> = {
      circuitId: 'c',
      // @ts-expect-error a `.$` field holds a path string
      'tripId.$': 7,
      consecutiveOpens: 1,
    };
    expect([missing, unknown, notAPath]).toHaveLength(3);
  });
});
