import {
  LOG_SERVICES,
  LogService,
  lambdaLogGroupName,
  stateMachineLogGroupName,
  WORKFLOW_LOG_SERVICES,
} from '@unstoppable/core';
import { serviceFromLogGroup } from '@unstoppable/loki-forwarder';
import {
  FORWARDED_LAMBDA_SERVICES,
  forwardedLambdaService,
  LocalLogStreams,
  lambdaLogStreamName,
  serviceLogGroup,
  stateMachineLogStreamName,
  workflowOfStateMachine,
} from '../../../src/logs';

describe('log groups of the local services', () => {
  it('forwards every Lambda service of the log contract but the forwarder itself', () => {
    const lambdas = LOG_SERVICES.filter((s) => !(WORKFLOW_LOG_SERVICES as readonly string[]).includes(s));
    expect([...FORWARDED_LAMBDA_SERVICES].sort()).toEqual(
      lambdas.filter((s) => s !== LogService.lokiForwarder).sort(),
    );
    expect(forwardedLambdaService('order-processor')).toBe('order-processor');
    for (const other of [
      LogService.lokiForwarder,
      LogService.orderWorkflow,
      'service_undefined',
      42,
      undefined,
    ]) {
      expect(forwardedLambdaService(other)).toBeUndefined();
    }
  });

  it('names the log groups as infra does, and the forwarder reads the service back from them', () => {
    for (const service of FORWARDED_LAMBDA_SERVICES) {
      const group = serviceLogGroup('local', service as Parameters<typeof serviceLogGroup>[1]);
      expect(group).toBe(lambdaLogGroupName('local', service as LogService));
      expect(serviceFromLogGroup(group, 'local')).toBe(service);
    }
    for (const workflow of WORKFLOW_LOG_SERVICES) {
      const group = serviceLogGroup('local', workflow);
      expect(group).toBe(stateMachineLogGroupName('local', workflow));
      expect(serviceFromLogGroup(group, 'local')).toBe(workflow);
    }
  });

  it('recognises the workflows only by their `<prefix>-<workflow>` state machine names', () => {
    expect(workflowOfStateMachine('local', 'local-order-workflow')).toBe('order-workflow');
    expect(workflowOfStateMachine('local', 'local-cooldown-workflow')).toBe('cooldown-workflow');
    expect(workflowOfStateMachine('local', 'dev-order-workflow')).toBeUndefined();
    expect(workflowOfStateMachine('local', 'local-order-api')).toBeUndefined();
  });

  it('names log streams as Lambda and Step Functions do', () => {
    const at = new Date('2026-03-04T05:06:07Z');
    expect(lambdaLogStreamName(at, '0123456789abcdef0123456789abcdef')).toBe(
      '2026/03/04/[$LATEST]0123456789abcdef0123456789abcdef',
    );
    expect(stateMachineLogStreamName('local-order-workflow', at, 'e42cb9d5')).toBe(
      'states/local-order-workflow/2026-03-04-05/e42cb9d5',
    );
  });

  it('keeps one stream per function and per state machine for the whole run', () => {
    const streams = new LocalLogStreams(new Date('2026-03-04T05:06:07Z'));
    const api = streams.ofFunction('order-api');
    expect(api).toMatch(/^2026\/03\/04\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(streams.ofFunction('order-api')).toBe(api);
    expect(streams.ofFunction('order-processor')).not.toBe(api);
    const workflow = streams.ofStateMachine('local-order-workflow');
    expect(workflow).toMatch(/^states\/local-order-workflow\/2026-03-04-05\/[0-9a-f]{8}$/);
    expect(streams.ofStateMachine('local-order-workflow')).toBe(workflow);
  });
});
