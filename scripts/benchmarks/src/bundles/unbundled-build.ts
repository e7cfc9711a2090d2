import { existsSync, mkdirSync, realpathSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { BenchSetupError } from '../errors';
import type { LambdaPackage } from './lambda-packages';
import { isWorkspacePackage, packageName } from './package-name';

/** The handler compiled without its npm dependencies. */
export interface UnbundledHandler {
  /** ESM file whose bare imports resolve through the `node_modules` folder beside it. */
  readonly file: string;
  /** Size of our own code (the handler and the workspace packages it imports), in bytes. */
  readonly ownCodeBytes: number;
  /** npm packages loaded from node_modules at init. */
  readonly externalPackages: number;
}

function findPackageDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(candidate)) return realpathSync(candidate);
    if (dirname(dir) === dir) throw new BenchSetupError(`cannot find package ${name} from ${fromDir}`);
  }
}

/** Marks every npm package external and records which installed copy the importer sees. */
function externalNpmPackages(links: Map<string, string>): Plugin {
  return {
    name: 'external-npm-packages',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
        if (isBuiltin(args.path)) return undefined;
        const name = packageName(args.path);
        if (isWorkspacePackage(name)) return undefined;
        const dir = findPackageDir(name, args.resolveDir);
        const known = links.get(name);
        if (known !== undefined && known !== dir) {
          throw new BenchSetupError(`two copies of ${name} are imported (${known} and ${dir})`);
        }
        links.set(name, dir);
        return { path: args.path, external: true };
      });
    },
  };
}

/**
 * Builds the "unbundled" form of a handler: our own code (handler + workspace packages) compiled
 * into one ESM file with the bundler's settings, while every npm dependency stays external and
 * loads from node_modules at init, as a function deployed with a zipped node_modules would.
 * `outDir/node_modules` links each external package to the copy the source imports.
 */
export async function buildUnbundled(pkg: LambdaPackage, outDir: string): Promise<UnbundledHandler> {
  rmSync(outDir, { recursive: true, force: true });
  const file = join(outDir, 'handler.mjs');
  const links = new Map<string, string>();
  // Same options as scripts/dev-config/bundle-lambda.mjs, except that npm packages stay external.
  await build({
    entryPoints: [pkg.entry],
    outfile: file,
    bundle: true,
    minify: true,
    sourcemap: false,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [externalNpmPackages(links)],
  });
  for (const [name, target] of links) {
    const link = join(outDir, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, 'dir');
  }
  return { file, ownCodeBytes: statSync(file).size, externalPackages: links.size };
}
