import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { buildDashboards, writeDashboards } from '../../src';
import { FakeGrafana } from '../support/fake-grafana';

const run = promisify(execFile);
const packageDir = resolve(__dirname, '..', '..');
const tsx = require.resolve('tsx/cli');

// Each script is a fresh Node process compiling TypeScript with tsx: seconds under a loaded CI machine.
jest.setTimeout(30_000);

/** Runs a package script with tsx, as pnpm does, with only the given extra environment. */
async function tsxScript(script: string, env: Record<string, string>) {
  const { GRAFANA_URL: _u, GRAFANA_TOKEN: _t, GRAFANA_FOLDER_UID: _f, ...base } = process.env;
  try {
    const { stdout, stderr } = await run(process.execPath, [tsx, script], {
      cwd: packageDir,
      env: { ...base, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('writeDashboards', () => {
  it('writes each dashboard as <uid>.json', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dashboards-'));
    try {
      await writeDashboards(dir);
      expect((await readdir(dir)).sort()).toEqual([
        'unstoppable-payments-overview.json',
        'unstoppable-service-logs.json',
      ]);
      const written = JSON.parse(await readFile(join(dir, 'unstoppable-service-logs.json'), 'utf8'));
      expect(written).toEqual(JSON.parse(JSON.stringify(buildDashboards()[1])));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('publish-dashboards script', () => {
  let grafana: FakeGrafana;

  beforeEach(async () => {
    grafana = await new FakeGrafana('glsa_cli').start();
  });

  afterEach(() => grafana.stop());

  it('publishes every dashboard to GRAFANA_URL', async () => {
    const result = await tsxScript('src/publish-cli.ts', {
      GRAFANA_URL: grafana.url,
      GRAFANA_TOKEN: 'glsa_cli',
    });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'published "Payments overview" (unstoppable-payments-overview) version 1',
    );
    expect([...grafana.dashboards.keys()].sort()).toEqual([
      'unstoppable-payments-overview',
      'unstoppable-service-logs',
    ]);
  });

  it('fails with the missing variable named', async () => {
    const result = await tsxScript('src/publish-cli.ts', { GRAFANA_URL: grafana.url });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('GRAFANA_TOKEN: is required but not set');
    expect(grafana.requests).toHaveLength(0);
  });
});
