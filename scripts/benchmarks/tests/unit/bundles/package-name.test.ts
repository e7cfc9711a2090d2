import { isWorkspacePackage, packageName } from '../../../src/bundles/package-name';

describe('packageName', () => {
  it('keeps the scope and drops any subpath', () => {
    expect(packageName('@aws-sdk/lib-dynamodb')).toBe('@aws-sdk/lib-dynamodb');
    expect(packageName('@aws-lambda-powertools/idempotency/dynamodb')).toBe(
      '@aws-lambda-powertools/idempotency',
    );
    expect(packageName('zod')).toBe('zod');
    expect(packageName('zod/v4/core')).toBe('zod');
  });
});

describe('isWorkspacePackage', () => {
  it('is true only for our own scope', () => {
    expect(isWorkspacePackage('@unstoppable/core')).toBe(true);
    expect(isWorkspacePackage('@unstoppable-fake/core')).toBe(false);
    expect(isWorkspacePackage('zod')).toBe(false);
  });
});
