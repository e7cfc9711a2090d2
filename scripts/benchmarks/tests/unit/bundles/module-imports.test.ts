import { externalImports, isAwsSdkPackage } from '../../../src/bundles/module-imports';

describe('externalImports', () => {
  it('lists the bare specifiers of a minified bundle once each, in order', () => {
    const code = [
      'import{createRequire as __cr}from"node:module";',
      'import{DynamoDBClient as a}from"@aws-sdk/client-dynamodb";',
      'import{SFNClient as b}from "@aws-sdk/client-sfn";',
      "import{x}from'./chunk.mjs';",
      'import{DescribeTableCommand as c}from"@aws-sdk/client-dynamodb";',
      'export{d}from"@smithy/types";',
      'import"zod";',
      'const e=await import("node:async_hooks");const f=import("@aws-sdk/client-sqs");',
      'import{g}from"crypto";import{h}from"/abs/file.mjs";',
    ].join('');
    expect(externalImports(code)).toEqual([
      '@aws-sdk/client-dynamodb',
      '@aws-sdk/client-sfn',
      '@smithy/types',
      'zod',
      '@aws-sdk/client-sqs',
    ]);
  });

  it('finds nothing in a self-contained module', () => {
    expect(externalImports('const a=1;export{a as handler};')).toEqual([]);
  });
});

describe('isAwsSdkPackage', () => {
  it('recognises the AWS SDK v3 and Smithy packages only', () => {
    expect(isAwsSdkPackage('@aws-sdk/lib-dynamodb')).toBe(true);
    expect(isAwsSdkPackage('@smithy/smithy-client')).toBe(true);
    expect(isAwsSdkPackage('@aws-lambda-powertools/logger')).toBe(false);
  });
});
