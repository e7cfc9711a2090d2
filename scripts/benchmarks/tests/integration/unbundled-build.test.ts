import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discoverLambdaPackages } from '../../src/bundles/lambda-packages';
import { externalImports } from '../../src/bundles/module-imports';
import { packageName } from '../../src/bundles/package-name';
import { buildUnbundled } from '../../src/bundles/unbundled-build';
import { findRepoRoot } from '../../src/repo-root';

describe('buildUnbundled', () => {
  let outDir: string;

  beforeEach(() => {
    outDir = mkdtempSync(join(tmpdir(), 'bench-unbundled-'));
  });

  afterEach(() => rmSync(outDir, { recursive: true, force: true }));

  it('compiles our code into one file and leaves every npm package to node_modules', async () => {
    const pkg = discoverLambdaPackages(findRepoRoot()).find(
      (candidate) => candidate.folder === 'notification-recorder',
    );
    if (!pkg) throw new Error('services/notification-recorder is not a Lambda package any more');

    const result = await buildUnbundled(pkg, join(outDir, 'recorder'));

    const imports = externalImports(readFileSync(result.file, 'utf8'));
    // Core (a workspace package) is compiled in; zod, which core imports, stays external.
    expect(imports).not.toContain('@unstoppable/core');
    expect(imports).toEqual(expect.arrayContaining(['@aws-lambda-powertools/logger', 'zod']));
    expect(result.externalPackages).toBe(new Set(imports.map(packageName)).size);
    // Each external package is linked to the copy the source resolves.
    const link = join(outDir, 'recorder', 'node_modules', '@aws-lambda-powertools', 'logger');
    expect(realpathSync(link)).toBe(
      realpathSync(join(pkg.dir, 'node_modules', '@aws-lambda-powertools', 'logger')),
    );
    expect(existsSync(join(outDir, 'recorder', 'node_modules', 'zod', 'package.json'))).toBe(true);
    expect(result.ownCodeBytes).toBeGreaterThan(1000);
  });
});
