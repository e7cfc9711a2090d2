import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverLambdaPackages, requireBundles } from '../../../src/bundles/lambda-packages';
import { BenchSetupError } from '../../../src/errors';

describe('discoverLambdaPackages', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bench-discovery-'));
    const service = (folder: string, manifest?: object) => {
      mkdirSync(join(root, 'services', folder), { recursive: true });
      if (manifest) writeFileSync(join(root, 'services', folder, 'package.json'), JSON.stringify(manifest));
    };
    service('worker', { name: '@x/worker', scripts: { bundle: 'bundle-lambda', test: 'jest' } });
    service('api', { name: '@x/api', scripts: { bundle: 'bundle-lambda' } });
    service('core', { name: '@x/core', scripts: { test: 'jest' } });
    service('empty');
    writeFileSync(join(root, 'services', 'notes.txt'), 'not a package');
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('lists only the services with a bundle script, sorted, with their entry and bundle paths', () => {
    expect(discoverLambdaPackages(root)).toEqual([
      {
        name: '@x/api',
        folder: 'api',
        dir: join(root, 'services', 'api'),
        entry: join(root, 'services', 'api', 'src', 'handler.ts'),
        bundle: join(root, 'services', 'api', 'dist', 'handler.mjs'),
      },
      expect.objectContaining({ name: '@x/worker', folder: 'worker' }),
    ]);
  });

  it('fails clearly without a services folder', () => {
    expect(() => discoverLambdaPackages(join(root, 'nowhere'))).toThrow(BenchSetupError);
  });

  describe('requireBundles', () => {
    it('names every missing bundle and the build command', () => {
      const packages = discoverLambdaPackages(root);
      expect(() => requireBundles(packages)).toThrow(/pnpm build.*api.*handler\.mjs.*worker.*handler\.mjs/);
    });

    it('passes once the bundles exist', () => {
      const packages = discoverLambdaPackages(root);
      for (const pkg of packages) {
        mkdirSync(join(pkg.dir, 'dist'), { recursive: true });
        writeFileSync(pkg.bundle, 'export const handler = () => 1;');
      }
      expect(() => requireBundles(packages)).not.toThrow();
    });
  });
});
