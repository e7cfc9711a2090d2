import {
  ChargeLogMessage,
  LOG_SERVICES,
  LogKey,
  LogService,
  lambdaLogGroupName,
  orderLogKeys,
  stateMachineLogGroupName,
  WORKFLOW_LOG_SERVICES,
} from '../../src';

describe('log contract', () => {
  it('lists every service once, in a form Loki accepts as a label value', () => {
    expect(new Set(LOG_SERVICES).size).toBe(LOG_SERVICES.length);
    for (const service of LOG_SERVICES) expect(service).toMatch(/^[a-z][a-z-]*[a-z]$/);
  });

  it('counts both workflows among the services', () => {
    for (const workflow of WORKFLOW_LOG_SERVICES) expect(LOG_SERVICES).toContain(workflow);
  });

  it('names log groups after the prefixed function and state machine names', () => {
    expect(lambdaLogGroupName('up-dev', LogService.orderProcessor)).toBe(
      '/aws/lambda/up-dev-order-processor',
    );
    expect(stateMachineLogGroupName('up-dev', LogService.cooldownWorkflow)).toBe(
      '/aws/vendedlogs/states/up-dev-cooldown-workflow',
    );
  });

  it('keeps the two charge messages apart for line filters', () => {
    const { captured, notCaptured } = ChargeLogMessage;
    expect(notCaptured.includes(captured)).toBe(false);
    expect(captured.includes(notCaptured)).toBe(false);
    for (const message of [captured, notCaptured]) expect(message).toContain('payment');
  });

  it('keys a line about an order attempt with the order id and the execution name of that attempt', () => {
    expect(orderLogKeys('shop-0001', 1)).toEqual({ orderId: 'shop-0001', executionName: 'shop-0001' });
    expect(orderLogKeys('shop-0001', 3)).toEqual({ orderId: 'shop-0001', executionName: 'shop-0001-a3' });
    expect(Object.keys(orderLogKeys('shop-0001', 2))).toEqual([LogKey.orderId, LogKey.executionName]);
  });
});
