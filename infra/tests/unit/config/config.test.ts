import { ENVIRONMENTS, loadStackConfigs } from '../../../src/config';
import { validateStackConfig } from '../../../src/config-rules';
import { InfraConfigError } from '../../../src/errors';
import { devConfig } from '../../support/fixtures';

describe('loadStackConfigs', () => {
  it('configures dev and prod under their own prefixes and state keys', () => {
    const configs = loadStackConfigs({});
    expect(Object.keys(configs)).toEqual([...ENVIRONMENTS]);
    expect(configs.dev).toMatchObject({ prefix: 'up-dev', remoteState: { key: 'dev/terraform.tfstate' } });
    expect(configs.prod).toMatchObject({ prefix: 'up-prod', remoteState: { key: 'prod/terraform.tfstate' } });
  });

  it('protects prod from deletion and keeps its logs longer', () => {
    const { dev, prod } = loadStackConfigs({});
    expect(dev.deletionProtection).toBe(false);
    expect(prod.deletionProtection).toBe(true);
    expect(prod.logRetentionDays).toBeGreaterThan(dev.logRetentionDays);
  });

  it('defaults to Standard workflows, ERROR logging without execution data, and every entry point on', () => {
    const { dev } = loadStackConfigs({});
    expect(dev).toMatchObject({
      orderWorkflowType: 'STANDARD',
      workflowLogLevel: 'ERROR',
      workflowIncludeExecutionData: false,
      features: { orderApi: true, retryHandler: true },
    });
  });

  it('reads the state bucket, region, emails and an external admin issuer from the environment', () => {
    const { prod } = loadStackConfigs({
      INFRA_REGION: 'us-east-2',
      INFRA_STATE_BUCKET: 'acme-tfstate',
      INFRA_ALERT_EMAILS: 'oncall@acme.test, lead@acme.test',
      INFRA_ADMIN_JWT_ISSUER: 'https://login.acme.test/',
      INFRA_ADMIN_JWT_AUDIENCE: 'dashboard',
    });
    expect(prod.region).toBe('us-east-2');
    expect(prod.remoteState).toEqual({
      bucket: 'acme-tfstate',
      key: 'prod/terraform.tfstate',
      region: 'us-east-2',
    });
    expect(prod.alertEmails).toEqual(['oncall@acme.test', 'lead@acme.test']);
    expect(prod.api.adminJwt).toEqual({ issuer: 'https://login.acme.test/', audience: ['dashboard'] });
  });

  it('names the variable when only half of the admin issuer is set', () => {
    expect(() => loadStackConfigs({ INFRA_ADMIN_JWT_ISSUER: 'https://login.acme.test/' })).toThrow(
      /api.adminJwt needs both INFRA_ADMIN_JWT_ISSUER and INFRA_ADMIN_JWT_AUDIENCE/,
    );
  });
});

describe('validateStackConfig', () => {
  it.each([
    [{ prefix: 'UP' }, 'prefix'],
    [{ region: 'mars-1' }, 'region'],
    [{ alertEmails: ['not-an-email'] }, 'alertEmails[0]'],
    [{ logRetentionDays: 10 }, 'logRetentionDays'],
    [
      { retryQueue: { maxReceiveCount: 5, maximumConcurrency: 1, batchSize: 10 } },
      'retryQueue.maximumConcurrency',
    ],
    [
      { functions: { ...devConfig().functions, 'payment-processor': { memoryMb: 512, timeoutSeconds: 30 } } },
      'functions.payment-processor.timeoutSeconds',
    ],
    [
      { functions: { ...devConfig().functions, 'order-api': { memoryMb: 64, timeoutSeconds: 10 } } },
      'functions.order-api.memoryMb',
    ],
  ])('rejects %j naming %s', (change, field) => {
    const attempt = () => validateStackConfig(devConfig(change));
    expect(attempt).toThrow(InfraConfigError);
    expect(attempt).toThrow(new RegExp(`^infra config ${field.replace(/[[\].]/g, '\\$&')} `));
  });

  it('accepts the shipped configs unchanged', () => {
    const { dev } = loadStackConfigs({});
    expect(validateStackConfig(dev)).toBe(dev);
  });
});
