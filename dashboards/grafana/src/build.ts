/** `pnpm build`: writes the dashboards' JSON to dist/<uid>.json. */
import { resolve } from 'node:path';
import { writeDashboards } from './write-dashboards';

writeDashboards(resolve(__dirname, '..', 'dist')).then(
  (paths) => {
    for (const path of paths) console.log(`wrote ${path}`);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
