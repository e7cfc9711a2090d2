import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BenchSetupError } from './errors';

/** The workspace root: the nearest folder above `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (dirname(dir) === dir) {
      throw new BenchSetupError(
        `no pnpm-workspace.yaml above ${from}: run the benchmarks inside the repository`,
      );
    }
  }
}
