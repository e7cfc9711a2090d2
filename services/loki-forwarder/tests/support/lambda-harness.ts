import type { CloudWatchLogsEvent, Context } from 'aws-lambda';

type Handler = (event: CloudWatchLogsEvent, context: Context) => Promise<void>;
type SecretsManagerModule = typeof import('@aws-sdk/client-secrets-manager');

/**
 * Loads a fresh copy of the handler module with `env` applied (config is read at module scope).
 * `beforeLoad` gets the same copy of the Secrets Manager SDK the handler will use, to mock it.
 */
export async function loadHandler(
  env: Record<string, string>,
  beforeLoad?: (sdk: SecretsManagerModule) => void,
): Promise<Handler> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  let handler: Handler | undefined;
  try {
    await jest.isolateModulesAsync(async () => {
      if (beforeLoad) beforeLoad(await import('@aws-sdk/client-secrets-manager'));
      ({ handler } = await import('../../src/handler'));
    });
  } finally {
    process.env = saved;
  }
  if (!handler) throw new Error('handler module did not load');
  return handler;
}

/** A Lambda context whose remaining time counts down from `remainingMs`. */
export function lambdaContext(remainingMs = 30_000): Context {
  const end = Date.now() + remainingMs;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'up-test-loki-forwarder',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:up-test-loki-forwarder',
    memoryLimitInMB: '256',
    awsRequestId: '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    logGroupName: '/aws/lambda/up-test-loki-forwarder',
    logStreamName: '2026/11/28/[$LATEST]abc',
    getRemainingTimeInMillis: () => Math.max(0, end - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

/** Runs `work` while collecting stdout and stderr: `{ result, error, text, lines }` (shared test helper). */
export { captureOutput } from '@unstoppable/test-support';

/** The EMF document with the forwarder's main metrics (the one without a `reason`). */
export function mainMetrics(lines: readonly Record<string, unknown>[]): Record<string, unknown> | undefined {
  return lines.find((line) => '_aws' in line && !('reason' in line));
}
