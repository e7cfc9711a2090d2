import { existsSync } from 'node:fs';
import path from 'node:path';
import { ChromiumMissingError, WebBuildMissingError } from './errors';

/** Where the browser tests find Chromium and the dashboard build, and where they write artifacts. */
export interface WebE2eConfig {
  /** @default '/usr/bin/chromium' (Debian's package), or `CHROMIUM_PATH` */
  readonly chromiumPath: string;
  /** Absolute path of the dashboard's build, dashboards/web/dist. */
  readonly webRoot: string;
  /** Absolute path of dashboards/web-e2e/artifacts (screenshots; gitignored). */
  readonly artifactsDir: string;
}

const PACKAGE_DIR = path.resolve(__dirname, '..');

/** Reads the environment once and checks that Chromium and the dashboard build are in place. */
export function loadWebE2eConfig(env: NodeJS.ProcessEnv = process.env): WebE2eConfig {
  const chromiumPath = env.CHROMIUM_PATH?.trim() || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) throw new ChromiumMissingError(chromiumPath);
  const webRoot = path.resolve(PACKAGE_DIR, '../web/dist');
  if (!existsSync(path.join(webRoot, 'index.html'))) throw new WebBuildMissingError(webRoot);
  return { chromiumPath, webRoot, artifactsDir: path.join(PACKAGE_DIR, 'artifacts') };
}
