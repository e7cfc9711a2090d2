#!/usr/bin/env node
/**
 * Bundles a Lambda package's src/handler.ts into one minified ESM file, dist/handler.mjs, and
 * prints its size. The AWS SDK v3 is left to the nodejs22.x runtime, which ships it. dist/ is
 * emptied first: infra zips the whole folder into the function.
 * Usage (from a package): node ../../scripts/dev-config/bundle-lambda.mjs
 */
import { rmSync, statSync } from 'node:fs';
import { build } from 'esbuild';

const outfile = 'dist/handler.mjs';
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/handler.ts'],
  outfile,
  bundle: true,
  minify: true,
  sourcemap: false,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  mainFields: ['module', 'main'],
  external: ['@aws-sdk/*', '@smithy/*'],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
const size = statSync(outfile).size;
console.log(`${process.env.npm_package_name ?? 'bundle'}: ${outfile} ${(size / 1024).toFixed(1)} KB`);
