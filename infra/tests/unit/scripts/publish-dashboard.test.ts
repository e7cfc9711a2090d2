import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SCRIPT = resolve(__dirname, '..', '..', '..', 'scripts', 'publish-dashboard.sh');
const BUCKET = 'up-dev-dashboard-20250101';
const DISTRIBUTION = 'E2EXAMPLE123';

/** A fake CLI that records its arguments (one line per call, each argument in brackets). */
const recorder = (name: string, body = '') => `#!/bin/sh
{ printf '${name}'; printf ' [%s]' "$@"; echo; } >> "$CALLS"
${body}
`;

interface Sandbox {
  readonly env: NodeJS.ProcessEnv;
  readonly dist: string;
  readonly stack: string;
  calls(): string[];
}

function sandbox(options: { initialised?: boolean; failingAws?: boolean } = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'publish-dashboard-'));
  const bin = join(root, 'bin');
  const dist = join(root, 'dist');
  const stack = join(root, 'cdktf.out', 'stacks', 'dev');
  mkdirSync(bin);
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  writeFileSync(join(dist, 'config.json'), '{ "apiBaseUrl": "" }');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'export {};');
  mkdirSync(stack, { recursive: true });
  writeFileSync(join(stack, 'cdk.tf.json'), '{}');
  if (options.initialised ?? true) mkdirSync(join(stack, '.terraform'));
  const tools: Record<string, string> = {
    terraform: recorder(
      'terraform',
      `case "$*" in
  *"output -raw dashboard_bucket") printf '${BUCKET}' ;;
  *"output -raw dashboard_distribution_id") printf '${DISTRIBUTION}' ;;
esac`,
    ),
    aws: recorder('aws', options.failingAws ? 'exit 1' : ''),
  };
  for (const [name, content] of Object.entries(tools)) {
    writeFileSync(join(bin, name), content);
    chmodSync(join(bin, name), 0o755);
  }
  const callsFile = join(root, 'calls.log');
  return {
    env: {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      CALLS: callsFile,
      DASHBOARD_DIST: dist,
      CDKTF_OUTDIR: join(root, 'cdktf.out'),
    },
    dist,
    stack,
    calls: () => (existsSync(callsFile) ? readFileSync(callsFile, 'utf8').trim().split('\n') : []),
  };
}

const run = (box: Sandbox, ...args: string[]) =>
  spawnSync('sh', [SCRIPT, ...args], { env: box.env, encoding: 'utf8' });

const LONG_CACHE = '[--cache-control] [public, max-age=31536000, immutable]';

describe('publish-dashboard.sh', () => {
  it('uploads assets, then the entry points without config.json, prunes old assets, then invalidates', () => {
    const box = sandbox();
    const result = run(box, 'dev');
    expect(result.stderr).toContain(`s3://${BUCKET}`);
    expect(result.status).toBe(0);
    const { dist, stack } = box;
    expect(box.calls()).toEqual([
      `terraform [-chdir=${stack}] [output] [-raw] [dashboard_bucket]`,
      `terraform [-chdir=${stack}] [output] [-raw] [dashboard_distribution_id]`,
      `aws [s3] [sync] [${dist}/assets] [s3://${BUCKET}/assets] [--no-progress] ${LONG_CACHE}`,
      `aws [s3] [sync] [${dist}] [s3://${BUCKET}] [--no-progress] [--delete] [--exclude] [assets/*] [--exclude] [config.json] [--cache-control] [no-cache]`,
      `aws [s3] [sync] [${dist}/assets] [s3://${BUCKET}/assets] [--no-progress] [--delete] ${LONG_CACHE}`,
      `aws [cloudfront] [create-invalidation] [--distribution-id] [${DISTRIBUTION}] [--paths] [/*] [--query] [Invalidation.Id] [--output] [text]`,
    ]);
  });

  it('initialises the stack folder first when it was only synthesized', () => {
    const box = sandbox({ initialised: false });
    expect(run(box, 'dev').status).toBe(0);
    expect(box.calls()[0]).toBe(`terraform [-chdir=${box.stack}] [init] [-input=false]`);
  });

  it('stops at the first failed upload, before invalidating', () => {
    const box = sandbox({ failingAws: true });
    expect(run(box, 'dev').status).not.toBe(0);
    expect(box.calls().filter((call) => call.startsWith('aws'))).toHaveLength(1);
  });

  it('refuses an unknown environment, a missing build and an unsynthesized stack, calling nothing', () => {
    const unknown = sandbox();
    const bad = run(unknown, 'staging');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage: sh scripts/publish-dashboard.sh <dev|prod> (got "staging")');

    const noBuild = sandbox();
    const missingBuild = run(
      { ...noBuild, env: { ...noBuild.env, DASHBOARD_DIST: join(noBuild.dist, 'none') } },
      'dev',
    );
    expect(missingBuild.status).toBe(1);
    expect(missingBuild.stderr).toContain('pnpm --filter @unstoppable/web build');

    const noStack = sandbox();
    const missingStack = run(noStack, 'prod');
    expect(missingStack.status).toBe(1);
    expect(missingStack.stderr).toContain('cdktf deploy prod');

    for (const box of [unknown, noBuild, noStack]) expect(box.calls()).toEqual([]);
  });
});
