import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { loadStackConfigs } from '../../../src/config';

const REPO = resolve(__dirname, '..', '..', '..', '..');
const WORKFLOWS_DIR = join(REPO, '.github', 'workflows');

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly needs?: string | string[];
  readonly environment?: string;
  readonly permissions?: Record<string, string>;
  readonly steps: Step[];
}
interface Workflow {
  readonly on: Record<string, Record<string, unknown> | null>;
  readonly permissions?: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly jobs: Record<string, Job>;
}

/** A GitHub Actions expression as written in YAML: `gh('inputs.confirm')` -> `${{ inputs.confirm }}`. */
const gh = (expression: string) => `\${{ ${expression} }}`;
const load = (file: string): Workflow => parse(readFileSync(join(WORKFLOWS_DIR, file), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.run ? [step.run] : []));
const indexOfRun = (job: Job, pattern: RegExp) => job.steps.findIndex((step) => pattern.test(step.run ?? ''));
const stepUsing = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));

/** Every workspace package by name, with its folder and package.json scripts (pnpm-workspace.yaml). */
function workspacePackages(): Map<string, { dir: string; scripts: Record<string, string> }> {
  const { packages } = parse(readFileSync(join(REPO, 'pnpm-workspace.yaml'), 'utf8')) as {
    packages: string[];
  };
  const excluded = new Set(packages.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1)));
  const dirs = packages
    .filter((glob) => !glob.startsWith('!'))
    .flatMap((glob) =>
      glob.endsWith('/*')
        ? readdirSync(join(REPO, glob.slice(0, -2)), { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => `${glob.slice(0, -2)}/${entry.name}`)
        : [glob],
    )
    .filter((dir) => !excluded.has(dir) && existsSync(join(REPO, dir, 'package.json')));
  return new Map(
    dirs.map((dir) => {
      const manifest = JSON.parse(readFileSync(join(REPO, dir, 'package.json'), 'utf8'));
      return [manifest.name as string, { dir, scripts: manifest.scripts ?? {} }];
    }),
  );
}

/** Why a toolchain command names nothing the repository defines (undefined when it is fine). */
function unknownCommand(command: string): string | undefined {
  const turboTasks = Object.keys(JSON.parse(readFileSync(join(REPO, 'turbo.json'), 'utf8')).tasks);
  const words = command.trim().split(/\s+/);
  if (words[0] === 'node' && words[1] === '--version') return undefined;
  if (words[0] === 'turbo' && words[1] === 'run') {
    const tasks = words.slice(2).filter((word) => !word.startsWith('-'));
    const missing = tasks.filter((task) => !turboTasks.includes(task));
    return tasks.length === 0 || missing.length ? `turbo task(s) ${missing} not in turbo.json` : undefined;
  }
  if (words[0] === 'pnpm' && words[1] === '--filter') {
    const pkg = workspacePackages().get(words[2] ?? '');
    if (!pkg) return `no workspace package ${words[2]}`;
    if (words[3] === 'exec') {
      return existsSync(join(REPO, pkg.dir, 'node_modules', '.bin', words[4] ?? ''))
        ? undefined
        : `${words[2]} has no binary ${words[4]}`;
    }
    const script = words[3] === 'run' ? words[4] : words[3];
    const body = pkg.scripts[script ?? ''];
    if (!body) return `${words[2]} has no script ${script}`;
    const shFile = /^sh (\S+)/.exec(body)?.[1];
    return shFile && !existsSync(join(REPO, pkg.dir, shFile))
      ? `${pkg.dir}/${shFile} does not exist`
      : undefined;
  }
  return `not a repository command: ${command}`;
}

describe('GitHub workflows', () => {
  const files = readdirSync(WORKFLOWS_DIR).filter((file) => file.endsWith('.yml'));

  it('are ci, deploy and destroy', () => {
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml', 'destroy.yml']);
  });

  it('pin every action to a version and run repository tasks on the pinned toolchain', () => {
    for (const file of files) {
      const workflow = load(file);
      for (const step of steps(workflow)) {
        if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
      }
      for (const run of runs(workflow).filter((text) => /pnpm|turbo|cdktf|jest/.test(text))) {
        expect(run).toMatch(/^sh scripts\/toolchain\/run\.sh exec /);
      }
      expect(workflow.permissions).toEqual({ contents: 'read' });
    }
  });

  it('points every test run at a browser the runner has (its Chrome; Debian Chromium is for npm test)', () => {
    for (const file of files) {
      for (const step of steps(load(file)).filter((s) => /turbo run .*\btest\b/.test(s.run ?? ''))) {
        expect([file, step.env?.CHROMIUM_PATH]).toEqual([file, '/usr/bin/google-chrome']);
      }
    }
  });

  it('checks pull requests with lint, typecheck, tests, synth, then a diff against dev', () => {
    const ci = load('ci.yml');
    expect(Object.keys(ci.on)).toEqual(['pull_request']);
    const job = ci.jobs.verify as Job;
    const order = [
      /turbo run lint/,
      /turbo run typecheck/,
      /turbo run build test/,
      /infra synth/,
      /cdktf diff dev/,
    ].map((pattern) => indexOfRun(job, pattern));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(job.permissions?.['id-token']).toBe('write');
    expect(stepUsing(job, 'hashicorp/setup-terraform')?.with?.terraform_wrapper).toBe(false);
  });

  it('deploys dev on every push to main with OIDC credentials from repository variables', () => {
    const deploy = load('deploy.yml');
    expect(deploy.on).toEqual({ push: { branches: ['main'] } });
    const job = deploy.jobs['deploy-dev'] as Job;
    expect(job.permissions?.['id-token']).toBe('write');
    const credentials = stepUsing(job, 'aws-actions/configure-aws-credentials');
    expect(credentials?.with?.['role-to-assume']).toBe(gh('vars.AWS_DEPLOY_ROLE_ARN'));
    expect(JSON.stringify(deploy)).not.toMatch(/aws-access-key-id|aws-secret-access-key|secrets\.AWS/i);
    expect(stepUsing(job, 'hashicorp/setup-terraform')?.with?.terraform_wrapper).toBe(false);
    const deployIndex = indexOfRun(job, /cdktf deploy dev --auto-approve$/);
    expect(deployIndex).toBeGreaterThan(indexOfRun(job, /turbo run build/));
    expect(deployIndex).toBeGreaterThan(job.steps.indexOf(credentials as Step));
  });

  it('runs on the toolchain only commands the repository defines (scripts, binaries, turbo tasks)', () => {
    expect(existsSync(join(REPO, 'scripts', 'toolchain', 'run.sh'))).toBe(true);
    const problems = files.flatMap((file) =>
      runs(load(file))
        .filter((text) => text.startsWith('sh scripts/toolchain/run.sh exec '))
        .flatMap((text) => unknownCommand(text.slice('sh scripts/toolchain/run.sh exec '.length)) ?? []),
    );
    expect(problems).toEqual([]);
    expect(unknownCommand('pnpm --filter @unstoppable/infra run no-such-script')).toMatch(/no script/);
    expect(unknownCommand('turbo run build no-such-task')).toMatch(/no-such-task/);
  });

  it('gives every workflow the same account settings, each one the stack config reads', () => {
    const read = new Set<string>();
    loadStackConfigs(
      new Proxy({} as Record<string, string | undefined>, {
        get: (_target, name) => {
          if (typeof name === 'string') read.add(name);
          return undefined;
        },
      }),
    );
    const settings = [...read].filter((name) => name.startsWith('INFRA_')).sort();
    expect(settings.length).toBeGreaterThan(3);
    const infraEnv = (file: string) =>
      Object.fromEntries(Object.entries(load(file).env ?? {}).filter(([name]) => name.startsWith('INFRA_')));
    for (const file of files) {
      expect(Object.keys(infraEnv(file)).sort()).toEqual(settings);
      expect(infraEnv(file)).toEqual(infraEnv('deploy.yml'));
    }
  });

  it('publishes the dashboard after the deploy, from the stack it just deployed', () => {
    const job = load('deploy.yml').jobs['deploy-dev'] as Job;
    const deployIndex = indexOfRun(job, /cdktf deploy dev --auto-approve$/);
    const publishIndex = indexOfRun(job, /pnpm --filter @unstoppable\/infra run publish-dashboard dev$/);
    expect(publishIndex).toBe(deployIndex + 1);
    // The dashboard is built by the same turbo run that builds the Lambda bundles.
    expect(indexOfRun(job, /turbo run build/)).toBeLessThan(deployIndex);
    expect(workspacePackages().get('@unstoppable/web')?.scripts.build).toBeDefined();
  });

  it('destroys only by hand, after a typed confirmation, in a reviewed environment', () => {
    const destroy = load('destroy.yml');
    expect(Object.keys(destroy.on)).toEqual(['workflow_dispatch']);
    const inputs = (
      destroy.on.workflow_dispatch as {
        inputs: Record<string, { type: string; options?: string[]; required: boolean }>;
      }
    ).inputs;
    expect(inputs.environment).toMatchObject({ type: 'choice', options: ['dev', 'prod'], required: true });
    expect(inputs.confirm).toMatchObject({ type: 'string', required: true });
    const confirm = destroy.jobs.confirm as Job;
    expect(confirm.steps[0]?.env).toEqual({
      EXPECTED: `destroy ${gh('inputs.environment')}`,
      TYPED: gh('inputs.confirm'),
    });
    expect(confirm.steps[0]?.run).toMatch(/"\$TYPED" != "\$EXPECTED"[\s\S]*exit 1/);
    const job = destroy.jobs.destroy as Job;
    expect(job.needs).toBe('confirm');
    expect(job.environment).toBe(`${gh('inputs.environment')}-destroy`);
    expect(runs(destroy).join('\n')).not.toMatch(/\$\{\{ inputs\.confirm \}\}/);
    expect(indexOfRun(job, /cdktf destroy \$\{\{ inputs\.environment \}\} --auto-approve$/)).toBeGreaterThan(
      0,
    );
  });
});
