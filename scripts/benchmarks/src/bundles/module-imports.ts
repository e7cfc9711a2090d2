import { isBuiltin } from 'node:module';

// `import ... from "x"`, `export ... from "x"`, `import "x"` and `import("x")` with a literal.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'\s]+)["']/g;

/**
 * The npm packages an ES module imports by bare specifier (neither relative, nor absolute, nor a
 * Node built-in), once each, in order of first appearance. For a bundle these are its externals.
 * @example externalImports('import{a}from"@aws-sdk/client-sqs";import"node:fs"') // ['@aws-sdk/client-sqs']
 */
export function externalImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(SPECIFIER)) {
    const specifier = match[1] ?? '';
    if (
      specifier.startsWith('.') ||
      specifier.startsWith('/') ||
      specifier.includes(':') ||
      isBuiltin(specifier)
    ) {
      continue;
    }
    found.add(specifier);
  }
  return [...found];
}

/** Packages of the AWS SDK v3, which the nodejs22.x runtime ships (the bundler leaves them out). */
export function isAwsSdkPackage(specifier: string): boolean {
  return specifier.startsWith('@aws-sdk/') || specifier.startsWith('@smithy/');
}
