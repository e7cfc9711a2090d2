import { loadStackConfigs } from '@unstoppable/infra/src/config';
import { functionMemoryMb, lambdaInitEnv } from '../../../src/bundles/lambda-env';
import { discoverLambdaPackages } from '../../../src/bundles/lambda-packages';
import { BenchSetupError } from '../../../src/errors';
import { findRepoRoot } from '../../../src/repo-root';

describe('lambdaInitEnv', () => {
  it("gives a function its infra environment with dummy resources, plus the runtime's variables", () => {
    const env = lambdaInitEnv('order-api');
    expect(env).toMatchObject({
      AWS_REGION: 'us-east-1',
      AWS_LAMBDA_FUNCTION_NAME: 'up-bench-order-api',
      ORDERS_TABLE: 'up-bench-orders',
      ADMIN_AUTH: 'jwt',
    });
    expect(env.ORDER_STATE_MACHINE_ARN).toMatch(/^arn:aws:states:us-east-1:\d{12}:stateMachine:/);
    expect(lambdaInitEnv('loki-forwarder').LOKI_SECRET_ARN).toMatch(/^arn:aws:secretsmanager:/);
  });

  it('covers every Lambda package the repository bundles', () => {
    const folders = discoverLambdaPackages(findRepoRoot()).map((pkg) => pkg.folder);
    expect(folders.length).toBeGreaterThanOrEqual(5);
    for (const folder of folders)
      expect(lambdaInitEnv(folder).AWS_LAMBDA_FUNCTION_MEMORY_SIZE).toMatch(/^\d+$/);
  });

  it('refuses a function infra does not declare, naming it', () => {
    expect(() => lambdaInitEnv('fax-gateway')).toThrow(BenchSetupError);
    expect(() => lambdaInitEnv('fax-gateway')).toThrow(/"fax-gateway"/);
  });
});

describe('functionMemoryMb', () => {
  it('is the memory infra configures for the function', () => {
    const configured = loadStackConfigs({}).prod.functions['payment-processor'].memoryMb;
    expect(functionMemoryMb('payment-processor')).toBe(configured);
    expect(() => functionMemoryMb('fax-gateway')).toThrow(/fax-gateway/);
  });
});
