import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

const WORKFLOWS_DIR = resolve(__dirname, '..', '..', '..', '..', '.github', 'workflows');

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
  readonly jobs: Record<string, Job>;
}

/** A GitHub Actions expression as written in YAML: `gh('inputs.confirm')` -> `${{ inputs.confirm }}`. */
const gh = (expression: string) => `\${{ ${expression} }}`;
const load = (file: string): Workflow => parse(readFileSync(join(WORKFLOWS_DIR, file), 'utf8')) as Workflow;
const steps = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);
const runs = (workflow: Workflow) => steps(workflow).flatMap((step) => (step.run ? [step.run] : []));
const indexOfRun = (job: Job, pattern: RegExp) => job.steps.findIndex((step) => pattern.test(step.run ?? ''));
const stepUsing = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));

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
