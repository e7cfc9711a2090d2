import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Core modules whose values the web app (dashboards/web) bundles. They may import other modules
 * of this list, and anything at all as `import type`, but nothing else: a value import of zod
 * here would put zod's schemas into the browser bundle.
 */
const BROWSER_MODULES = ['api-contract', 'circuit', 'currencies', 'demo-catalog', 'order-status'];

const IMPORT = /^import\s+(type\s+)?[^;]*?\s+from\s+'([^']+)';/gms;

describe('core modules bundled by the web app', () => {
  it.each(BROWSER_MODULES)('%s imports values only from other browser modules', (name) => {
    const source = readFileSync(join(__dirname, '../../src', `${name}.ts`), 'utf8');
    const valueImports = [...source.matchAll(IMPORT)]
      .filter(([, typeOnly]) => !typeOnly)
      .map(([, , from]) => from?.replace(/^\.\//, ''));
    for (const from of valueImports) expect(BROWSER_MODULES).toContain(from);
  });
});
