import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FunctionId } from '../config';
import { MissingBundleError, StrayBundleFilesError } from '../errors';

/** The repository's `services/` folder, where each Lambda package builds `dist/handler.mjs`. */
export const SERVICES_DIR = resolve(__dirname, '..', '..', '..', 'services');

/** File name of every bundle, so the Lambda handler is `handler.handler`. */
export const BUNDLE_FILE = 'handler.mjs';

/**
 * The bundle folder of a service, which is zipped whole into the function; throws with the command
 * to run when its bundle is missing or when anything else lies beside it.
 */
export function bundleDir(servicesDir: string, id: FunctionId, packageName: string): string {
  const dir = join(servicesDir, id, 'dist');
  const file = join(dir, BUNDLE_FILE);
  if (!existsSync(file)) throw new MissingBundleError(id, file, packageName);
  const stray = readdirSync(dir).filter((name) => name !== BUNDLE_FILE);
  if (stray.length > 0) throw new StrayBundleFilesError(id, dir, stray.sort(), packageName);
  return dir;
}
