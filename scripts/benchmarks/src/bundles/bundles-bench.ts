import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatKb, formatMs, formatRatio, passOrMiss } from '../format';
import type { SectionReport } from '../report';
import { median } from '../stats';
import { TARGETS } from '../targets';
import { buildBundles } from './build-bundles';
import { lambdaInitEnv } from './lambda-env';
import { discoverLambdaPackages, type LambdaPackage, requireBundles } from './lambda-packages';
import { externalImports, isAwsSdkPackage } from './module-imports';
import { type InitSample, measureInitSamples } from './module-init';
import { buildUnbundled } from './unbundled-build';

export interface BundlesBenchOptions {
  readonly root: string;
  /** Fresh processes per form and function. */
  readonly runs: number;
  /** Where the unbundled forms are written. */
  readonly workDir: string;
}

const medianOf = (samples: readonly InitSample[], pick: (sample: InitSample) => number) =>
  median(samples.map(pick));

async function measurePackage(pkg: LambdaPackage, options: BundlesBenchOptions) {
  const code = readFileSync(pkg.bundle);
  const unbundled = await buildUnbundled(pkg, join(options.workDir, pkg.folder));
  // Each form first imports the AWS SDK packages its own code imports, timed apart.
  const sdkPackages = externalImports(code.toString('utf8')).filter(isAwsSdkPackage);
  const looseSdkPackages = externalImports(readFileSync(unbundled.file, 'utf8')).filter(isAwsSdkPackage);
  const [bundled = [], loose = []] = await measureInitSamples(
    [
      { file: pkg.bundle, preload: sdkPackages },
      { file: unbundled.file, preload: looseSdkPackages },
    ],
    lambdaInitEnv(pkg.folder),
    options.runs,
  );
  return {
    bytes: statSync(pkg.bundle).size,
    gzipBytes: gzipSync(code).length,
    initMs: medianOf(bundled, (s) => s.totalMs),
    sdkMs: medianOf(bundled, (s) => s.preloadMs),
    ownMs: medianOf(bundled, (s) => s.totalMs - s.preloadMs),
    unbundled,
    looseMs: medianOf(loose, (s) => s.totalMs),
    looseSdkMs: medianOf(loose, (s) => s.preloadMs),
    looseOwnMs: medianOf(loose, (s) => s.totalMs - s.preloadMs),
  };
}

/** Size of each Lambda bundle and its init time against the same handler unbundled. */
export async function runBundlesBench(options: BundlesBenchOptions): Promise<SectionReport> {
  await buildBundles(options.root);
  const packages = discoverLambdaPackages(options.root);
  requireBundles(packages);
  const rows: string[][] = [];
  const misses: string[] = [];
  for (const pkg of packages) {
    const m = await measurePackage(pkg, options);
    const sizeOk = m.bytes <= TARGETS.maxBundleBytes;
    const initOk = m.initMs <= TARGETS.maxInitMs;
    if (!sizeOk)
      misses.push(
        `${pkg.folder}: bundle ${formatKb(m.bytes)}, ${formatKb(m.bytes - TARGETS.maxBundleBytes)} over the 250 KB target`,
      );
    if (!initOk) {
      misses.push(
        `${pkg.folder}: init ${formatMs(m.initMs)}, ${formatMs(m.initMs - TARGETS.maxInitMs)} over the 30 ms target (AWS SDK ${formatMs(m.sdkMs)}, the bundle itself ${formatMs(m.ownMs)})`,
      );
    }
    rows.push([
      pkg.folder,
      formatKb(m.bytes),
      formatKb(m.gzipBytes),
      `${formatMs(m.initMs)} = ${m.sdkMs.toFixed(1)} + ${m.ownMs.toFixed(1)}`,
      `${formatKb(m.unbundled.ownCodeBytes)} + ${m.unbundled.externalPackages} pkgs`,
      `${formatMs(m.looseMs)} = ${m.looseSdkMs.toFixed(1)} + ${m.looseOwnMs.toFixed(1)}`,
      formatRatio(m.looseMs / m.initMs),
      formatRatio(m.looseOwnMs / m.ownMs),
      passOrMiss(sizeOk),
      passOrMiss(initOk),
    ]);
  }
  return {
    title: 'Lambda bundles: size and module initialisation',
    tables: [
      {
        columns: [
          { header: 'function' },
          { header: 'bundle', align: 'right' },
          { header: 'gzip', align: 'right' },
          { header: 'init bundled = SDK + rest', align: 'right' },
          { header: 'unbundled: code + npm', align: 'right' },
          { header: 'init unbundled = SDK + rest', align: 'right' },
          { header: 'ratio', align: 'right' },
          { header: 'ratio w/o SDK', align: 'right' },
          { header: '<= 250 KB', align: 'right' },
          { header: '<= 30 ms', align: 'right' },
        ],
        rows,
      },
    ],
    notes: [
      `init = medians over ${options.runs} fresh \`node\` processes per form (${process.version}, no flags), interleaved, after one discarded warm-up: import() of the AWS SDK packages the code imports (SDK), then of the handler module (rest); env = the function's infra environment with dummy resource names`,
      'ratio = init unbundled / init bundled; w/o SDK = the same for the rest (what bundling changes)',
      'bundled = services/<name>/dist/handler.mjs as `turbo run bundle` (run first) writes it: esbuild, minified, AWS SDK v3 external, as the nodejs22.x runtime provides it',
      'unbundled = the same handler and workspace packages compiled by esbuild with every npm package external, loaded from node_modules (a zipped-node_modules deployment); the AWS SDK loads from node_modules in both forms',
      ...(misses.length > 0 ? misses.map((miss) => `MISS ${miss}`) : ['every bundle meets both targets']),
    ],
  };
}
