import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEHOLDER_REFS, renderWorkflows } from '../src';

// Writes dist/*.asl.json, rendered with the placeholder references, for review and tooling.
const outDir = join(__dirname, '..', 'dist');
mkdirSync(outDir, { recursive: true });
for (const [file, json] of Object.entries(renderWorkflows(PLACEHOLDER_REFS))) {
  writeFileSync(join(outDir, file), json);
  console.log(`wrote ${join('dist', file)}`);
}
