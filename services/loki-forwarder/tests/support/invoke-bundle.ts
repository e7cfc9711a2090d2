import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What a bundle invocation in a fresh `node` process gave. */
export interface BundleInvocation {
  /** The handler's resolved value, or `undefined` when it threw. */
  readonly result: unknown;
  /** The handler's error message, when it threw. */
  readonly error?: string;
  /** Every non-empty line the process wrote to stdout and stderr, in order per stream. */
  readonly lines: readonly string[];
}

// The child imports the bundle as the nodejs22.x runtime does (an ES module, AWS SDK resolved
// from node_modules), reads the event from stdin and writes the outcome to fd 3, so stdout and
// stderr hold only what the handler itself logged.
const RUNNER = `
import { writeSync } from 'node:fs';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { bundleUrl, event, remainingMs, functionName } = JSON.parse(Buffer.concat(chunks).toString());
const deadline = Date.now() + remainingMs;
const context = {
  functionName, functionVersion: '$LATEST', memoryLimitInMB: '256',
  invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:' + functionName,
  awsRequestId: '8f507cfc-5e1b-4a5c-9c0f-1e3e2d1a0b9c',
  logGroupName: '/aws/lambda/' + functionName, logStreamName: '2026/11/28/[$LATEST]0f1e2d3c',
  callbackWaitsForEmptyEventLoop: false, getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
};
let outcome;
try {
  const { handler } = await import(bundleUrl);
  outcome = { result: (await handler(event, context)) ?? null };
} catch (error) {
  outcome = { error: String(error?.message ?? error) };
}
writeSync(3, JSON.stringify(outcome));
`;

/**
 * Invokes the `handler` export of an esbuild bundle (`dist/handler.mjs`) once, in a fresh `node`
 * process with exactly `env` (plus PATH), as a Lambda cold start would.
 */
export function invokeBundle(
  bundlePath: string,
  event: unknown,
  env: Record<string, string>,
  functionName: string,
): Promise<BundleInvocation> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', RUNNER], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const outcome: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => outcome.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(outcome).toString();
      const logged = `${Buffer.concat(out)}\n${Buffer.concat(err)}`;
      if (!text) {
        reject(new Error(`bundle runner exited ${code} without an outcome:\n${logged}`));
        return;
      }
      const parsed = JSON.parse(text) as { result?: unknown; error?: string };
      resolve({
        result: parsed.result ?? undefined,
        ...(parsed.error ? { error: parsed.error } : {}),
        lines: logged.split('\n').filter((line) => line.trim() !== ''),
      });
    });
    child.stdin?.end(
      JSON.stringify({ bundleUrl: pathToFileURL(bundlePath).href, event, remainingMs: 30_000, functionName }),
    );
  });
}
