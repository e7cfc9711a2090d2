import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { RecordingLoki } from '../support/recording-loki';

const START = join(__dirname, '../../src/bin/start.ts');

/** Runs the start command; resolves with the child and its output so far once `ready` appears. */
function startCommand(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), START, ...args], {
    env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT', ADMIN_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeoutMs = 20_000): Promise<RegExpMatchArray> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = output.match(pattern);
      if (match) return match;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no ${pattern} in:\n${output}`);
  };
  return { child: child as ChildProcess, exited, waitFor, output: () => output };
}

describe('the start command', () => {
  it('prints the URLs, a generated token and the status, serves the API, and stops cleanly on Ctrl-C', async () => {
    const run = startCommand(['--port', '0', '--fast']);
    await run.waitFor(/ready in \d+ ms \(fast timings, in memory\)/);
    const [, url] = await run.waitFor(/order API: +(http:\/\/[\d.]+:\d+)\/orders/);
    const [, token] = await run.waitFor(/admin token: (\S+)/);
    await run.waitFor(/orders 0 · circuit CLOSED · retry queue 0 · DLQ 0 · executions 0/);
    expect(token?.length).toBeGreaterThanOrEqual(16);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ status: 'ok' });
    const admin = await fetch(`${url}/admin/queue`, { headers: { authorization: `Bearer ${token}` } });
    expect(admin.status).toBe(200);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stopped');
  });

  it("forwards the services' own logs to Loki by service label when LOKI_URL is set", async () => {
    const loki = await new RecordingLoki().start();
    try {
      const run = startCommand(['--port', '0', '--fast'], { LOKI_URL: loki.url, POWERTOOLS_LOG_LEVEL: '' });
      const [, url] = await run.waitFor(/order API: +(http:\/\/[\d.]+:\d+)\/orders/);
      await run.waitFor(/forwarded to Loki at/);
      expect((await fetch(`${url}/health`)).status).toBe(200);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
      const services = new Set(loki.entries().map((entry) => entry.labels.service));
      expect(services).toContain('order-api');
      expect(loki.entries().every((entry) => entry.labels.env === 'local')).toBe(true);
      expect(loki.violations).toEqual([]);
    } finally {
      await loki.stop();
    }
  });

  it('refuses a bad flag with an error naming it and the usage, and starts nothing', async () => {
    const run = startCommand(['--port', 'not-a-port']);
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('--port: must be an integer from 0 to 65535, got "not-a-port"');
    expect(run.output()).toContain('Usage: npm start');
    expect(run.output()).not.toContain('ready');
  });

  it('refuses a short ADMIN_TOKEN', async () => {
    const run = startCommand(['--port', '0'], { ADMIN_TOKEN: 'short' });
    expect(await run.exited).toBe(2);
    expect(run.output()).toContain('ADMIN_TOKEN: must be at least 16 characters long');
  });
});
