import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dashboard } from '@grafana/grafana-foundation-sdk/dashboard';
import { buildDashboards } from './dashboards';

/** File name of a dashboard's JSON: its uid. */
export function dashboardFileName(dashboard: Dashboard): string {
  if (!dashboard.uid) throw new Error(`dashboard "${dashboard.title}" has no uid`);
  return `${dashboard.uid}.json`;
}

/** Writes every dashboard as `<outDir>/<uid>.json` (2-space JSON, trailing newline); returns the paths. */
export async function writeDashboards(
  outDir: string,
  dashboards: Dashboard[] = buildDashboards(),
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const paths: string[] = [];
  for (const dashboard of dashboards) {
    const path = join(outDir, dashboardFileName(dashboard));
    await writeFile(path, `${JSON.stringify(dashboard, null, 2)}\n`, 'utf8');
    paths.push(path);
  }
  return paths;
}
