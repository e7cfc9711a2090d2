/**
 * `pnpm --filter @unstoppable/grafana-dashboards publish-dashboards`: builds the dashboards and
 * publishes them to GRAFANA_URL with GRAFANA_TOKEN (optional GRAFANA_FOLDER_UID).
 */
import { loadPublishConfig } from './config';
import { buildDashboards } from './dashboards';
import { publishDashboards } from './grafana-publisher';

async function main(): Promise<void> {
  const config = loadPublishConfig(process.env);
  const published = await publishDashboards(buildDashboards(), { config });
  for (const dashboard of published) {
    console.log(
      `published "${dashboard.title}" (${dashboard.uid}) version ${dashboard.version}: ${config.grafanaUrl}${dashboard.url}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
