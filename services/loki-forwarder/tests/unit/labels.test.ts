import {
  LOG_SERVICES,
  LogService,
  lambdaLogGroupName,
  stateMachineLogGroupName,
  WORKFLOW_LOG_SERVICES,
} from '@unstoppable/core';
import {
  capLabelValue,
  normalizeLevel,
  sanitizeLabelName,
  serviceFromLogGroup,
  streamLabelsJson,
} from '../../src';

describe('sanitizeLabelName', () => {
  it('keeps valid names and makes others match [a-zA-Z_][a-zA-Z0-9_]*', () => {
    expect(sanitizeLabelName('service')).toBe('service');
    expect(sanitizeLabelName('log.group-name')).toBe('log_group_name');
    expect(sanitizeLabelName('1level')).toBe('_1level');
    expect(sanitizeLabelName('')).toBe('_');
    for (const name of ['ünï', '9', 'a b', ''])
      expect(sanitizeLabelName(name)).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
  });
});

describe('capLabelValue', () => {
  it('cuts long values at 128 units by default', () => {
    expect(capLabelValue('x'.repeat(300))).toHaveLength(128);
    expect(capLabelValue('short')).toBe('short');
  });

  it('never splits a surrogate pair', () => {
    const value = `${'a'.repeat(3)}😀`;
    expect(capLabelValue(value, 4)).toBe('aaa');
    expect(capLabelValue(value, 5)).toBe(value);
  });
});

describe('serviceFromLogGroup', () => {
  const lambdas = LOG_SERVICES.filter(
    (service) => !(WORKFLOW_LOG_SERVICES as readonly string[]).includes(service),
  );

  it.each(lambdas)('derives %s from its Lambda log group', (service) => {
    expect(serviceFromLogGroup(lambdaLogGroupName('up-prod', service), 'up-prod')).toBe(service);
  });

  it.each(WORKFLOW_LOG_SERVICES)('derives %s from its state machine log group', (workflow) => {
    expect(serviceFromLogGroup(stateMachineLogGroupName('up-prod', workflow), 'up-prod')).toBe(workflow);
  });

  it('keeps the whole name when the prefix does not match', () => {
    expect(serviceFromLogGroup('/aws/lambda/other-app', 'up-prod')).toBe('other-app');
    expect(serviceFromLogGroup('/aws/lambda/up-prod', 'up-prod')).toBe('up-prod');
    expect(serviceFromLogGroup('/custom/', 'up-prod')).toBe('unknown');
  });

  it('only strips the prefix followed by a dash', () => {
    expect(serviceFromLogGroup('/aws/lambda/up-production-order-api', 'up-prod')).toBe(
      'up-production-order-api',
    );
    expect(serviceFromLogGroup(lambdaLogGroupName('up', LogService.orderApi), 'up')).toBe('order-api');
  });
});

describe('normalizeLevel', () => {
  it('lower-cases known levels', () => {
    expect(normalizeLevel('INFO')).toBe('info');
    expect(normalizeLevel('Warn')).toBe('warn');
    expect(normalizeLevel('CRITICAL')).toBe('critical');
  });

  it('maps missing and unbounded values to unknown', () => {
    expect(normalizeLevel(undefined)).toBe('unknown');
    expect(normalizeLevel(30)).toBe('unknown');
    expect(normalizeLevel('order-123')).toBe('unknown');
  });
});

describe('streamLabelsJson', () => {
  it('renders the three labels with capped, non-empty values', () => {
    const json = streamLabelsJson({ service: 's'.repeat(200), level: 'info', env: '' });
    expect(JSON.parse(json)).toEqual({ service: 's'.repeat(128), level: 'info', env: 'unknown' });
  });
});
