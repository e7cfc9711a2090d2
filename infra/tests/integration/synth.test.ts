import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ENVIRONMENTS } from '../../src/config';

const INFRA_DIR = resolve(__dirname, '..', '..');

describe('main.ts synth', () => {
  it('writes one Terraform stack per environment, with the zipped bundles beside it', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'cdktf-out-'));
    execFileSync(process.execPath, ['--import', 'tsx', 'main.ts'], {
      cwd: INFRA_DIR,
      env: { ...process.env, CDKTF_OUTDIR: outdir },
      stdio: 'pipe',
    });
    expect(readdirSync(join(outdir, 'stacks')).sort()).toEqual([...ENVIRONMENTS].sort());
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.stacks).sort()).toEqual([...ENVIRONMENTS].sort());
    for (const environment of ENVIRONMENTS) {
      const stackDir = join(outdir, 'stacks', environment);
      const stack = JSON.parse(readFileSync(join(stackDir, 'cdk.tf.json'), 'utf8'));
      const functions = Object.values(stack.resource.aws_lambda_function) as { filename: string }[];
      expect(functions.length).toBeGreaterThan(0);
      for (const fn of functions) expect(existsSync(join(stackDir, fn.filename))).toBe(true);
    }
  }, 60_000);
});
