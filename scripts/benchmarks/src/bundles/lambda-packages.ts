import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchSetupError } from '../errors';

/** A workspace package that bundles a Lambda handler (it has a `bundle` script). */
export interface LambdaPackage {
  /** npm name, e.g. `@unstoppable/order-api`. */
  readonly name: string;
  /** Folder under `services/`, e.g. `order-api` (= the infra function id). */
  readonly folder: string;
  readonly dir: string;
  /** `src/handler.ts`: what the bundler starts from. */
  readonly entry: string;
  /** `dist/handler.mjs`: what `turbo run build` writes and infra deploys. */
  readonly bundle: string;
}

interface PackageJson {
  readonly name?: string;
  readonly scripts?: Readonly<Record<string, string>>;
}

/** Every package under `<root>/services` with a `bundle` script, sorted by folder. */
export function discoverLambdaPackages(root: string): LambdaPackage[] {
  const servicesDir = join(root, 'services');
  if (!existsSync(servicesDir)) throw new BenchSetupError(`no services folder at ${servicesDir}`);
  return readdirSync(servicesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(servicesDir, entry.name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .flatMap((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
      if (!manifest.scripts?.bundle) return [];
      const folder = dir.slice(servicesDir.length + 1);
      return [
        {
          name: manifest.name ?? folder,
          folder,
          dir,
          entry: join(dir, 'src', 'handler.ts'),
          bundle: join(dir, 'dist', 'handler.mjs'),
        },
      ];
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** Throws naming every missing bundle and the command that builds them. */
export function requireBundles(packages: readonly LambdaPackage[]): void {
  const missing = packages.filter((pkg) => !existsSync(pkg.bundle)).map((pkg) => pkg.bundle);
  if (missing.length > 0) {
    throw new BenchSetupError(
      `missing Lambda bundles (build them with \`pnpm build\`, i.e. turbo run build): ${missing.join(', ')}`,
    );
  }
}
