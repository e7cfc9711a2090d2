import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { childEnv, runCommand } from '../child-process';
import { BenchSetupError } from '../errors';

/**
 * Runs `turbo run bundle` at the root so the measured bundles match the sources (turbo replays
 * its cache when nothing changed, in a few seconds).
 */
export async function buildBundles(root: string): Promise<void> {
  const turbo = join(root, 'node_modules', '.bin', 'turbo');
  if (!existsSync(turbo)) throw new BenchSetupError(`no turbo at ${turbo}: run pnpm install at the root`);
  await runCommand(turbo, ['run', 'bundle', '--output-logs=errors-only'], {
    cwd: root,
    env: childEnv({ TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' }),
  });
}
