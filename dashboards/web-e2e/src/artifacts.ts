import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Saves a full-page PNG of `page` as `<artifactsDir>/<name>.png` (CI uploads the folder) and
 * returns its path.
 */
export async function saveScreenshot(page: Page, artifactsDir: string, name: string): Promise<string> {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}
