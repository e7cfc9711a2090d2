import { createServer } from 'node:net';
import { Logger } from '@aws-lambda-powertools/logger';
import { ChargeLogMessage, DEMO_CATALOG, DEMO_PAYMENT_TOKEN, LogService } from '@unstoppable/core';
import { stateMachineArn } from '../../src/local-aws';
import { type LokiBridge, startLokiBridge } from '../../src/logs';
import { startPaymentPipeline } from '../../src/payment-pipeline';
import { LocalStepFunctions } from '../../src/stepfunctions';
import { RecordingLoki } from '../support/recording-loki';

const PREFIX = 'local';

/** Replaces the terminal (stdout and stderr) with a recorder while a test runs. */
function recordTerminal() {
  const written: string[] = [];
  const record = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    written.push(chunk.toString());
    const done = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
    done?.();
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(record),
    jest.spyOn(process.stderr, 'write').mockImplementation(record),
  ];
  return {
    spies,
    lines: () => written.join('').split('\n').filter(Boolean),
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('startLokiBridge', () => {
  let loki: RecordingLoki;
  let terminal: ReturnType<typeof recordTerminal>;
  let bridge: LokiBridge | undefined;
  const processor = new Logger({ serviceName: LogService.orderProcessor, logLevel: 'INFO' });
  const api = new Logger({ serviceName: LogService.orderApi, logLevel: 'INFO' });
  const retry = new Logger({ serviceName: LogService.retryHandler, logLevel: 'INFO' });

  beforeEach(async () => {
    loki = await new RecordingLoki().start();
    terminal = recordTerminal();
  });

  afterEach(async () => {
    await bridge?.stop();
    bridge = undefined;
    terminal.restore();
    await loki.stop();
  });

  it('pushes each service’s Powertools lines unchanged, labelled by service and env="local", when stopped', async () => {
    bridge = startLokiBridge({ lokiUrl: loki.url, prefix: PREFIX, flushIntervalMs: 60_000 });
    processor.info(ChargeLogMessage.captured, { orderId: 'ord-1', executionName: 'ord-1' });
    api.error('order rejected', { orderId: 'ord-2' });
    retry.warn('circuit open; message delayed', { orderId: 'ord-3' });
    process.stdout.write('local pipeline ready in 812 ms\n');

    expect(loki.entries()).toEqual([]);
    await bridge.stop();

    expect(loki.violations).toEqual([]);
    expect(loki.requests.every((request) => request.path === '/loki/api/v1/push')).toBe(true);
    const printed = terminal.lines();
    expect(printed).toContain('local pipeline ready in 812 ms');
    const serviceLines = printed.filter((line) => line.startsWith('{'));
    expect(serviceLines).toHaveLength(3);
    const entries = loki.entries();
    expect(entries.map((entry) => entry.line).sort()).toEqual([...serviceLines].sort());
    const byService = Object.fromEntries(entries.map((entry) => [entry.labels.service, entry]));
    expect(byService[LogService.orderProcessor]?.labels).toEqual({
      service: 'order-processor',
      level: 'info',
      env: 'local',
    });
    expect(byService[LogService.orderProcessor]?.metadata).toEqual({
      order_id: 'ord-1',
      execution_name: 'ord-1',
    });
    expect(byService[LogService.orderApi]?.labels).toEqual({
      service: 'order-api',
      level: 'error',
      env: 'local',
    });
    expect(byService[LogService.retryHandler]?.labels).toEqual({
      service: 'retry-handler',
      level: 'warn',
      env: 'local',
    });
  });

  it('stops capturing once stopped and puts the streams’ own write back', async () => {
    bridge = startLokiBridge({ lokiUrl: loki.url, prefix: PREFIX });
    expect(process.stdout.write).not.toBe(terminal.spies[0]);
    await bridge.stop();
    expect(process.stdout.write).toBe(terminal.spies[0]);
    expect(process.stderr.write).toBe(terminal.spies[1]);

    processor.info('after stop', { orderId: 'ord-late' });
    await bridge.flush();
    expect(loki.entries()).toEqual([]);
  });

  it('pushes every flush interval without waiting for stop', async () => {
    bridge = startLokiBridge({ lokiUrl: loki.url, prefix: PREFIX, flushIntervalMs: 20 });
    processor.info(ChargeLogMessage.captured, { orderId: 'ord-1' });
    await until(() => loki.entries().length === 1);
    api.info('order accepted', { orderId: 'ord-2' });
    await until(() => loki.entries().length === 2);
    expect(loki.entries().map((entry) => entry.labels.service)).toEqual(['order-processor', 'order-api']);
  });

  it('pushes early once flushAtEvents lines wait', async () => {
    bridge = startLokiBridge({
      lokiUrl: loki.url,
      prefix: PREFIX,
      flushIntervalMs: 60_000,
      flushAtEvents: 3,
    });
    for (const n of [1, 2, 3]) processor.info('payment captured', { orderId: `ord-${n}` });
    await until(() => loki.entries().length === 3);
  });

  it('keeps forwarded lines off the terminal when quiet, and lets other output through', async () => {
    bridge = startLokiBridge({ lokiUrl: loki.url, prefix: PREFIX, quiet: true });
    processor.info(ChargeLogMessage.captured, { orderId: 'ord-1' });
    process.stdout.write('listening on http://127.0.0.1:3000\n');
    await bridge.stop();

    expect(terminal.lines()).toEqual(['listening on http://127.0.0.1:3000']);
    expect(loki.entries()).toHaveLength(1);
  });

  it('reports a failing Loki (HTTP 500) once, never throws, and counts the lines not delivered', async () => {
    loki.status = 500;
    const reports: string[] = [];
    bridge = startLokiBridge({
      lokiUrl: loki.url,
      prefix: PREFIX,
      flushIntervalMs: 60_000,
      // Room for the retries to get their 500s on a loaded machine (they give up after 3 attempts).
      flushTimeoutMs: 1500,
      stopTimeoutMs: 1500,
      report: (message) => reports.push(message),
    });
    processor.info(ChargeLogMessage.captured, { orderId: 'ord-1' });
    api.info('order accepted', { orderId: 'ord-2' });
    await expect(bridge.flush()).resolves.toBeUndefined();
    processor.info(ChargeLogMessage.captured, { orderId: 'ord-3' });
    await expect(bridge.stop()).resolves.toBeUndefined();

    expect(loki.requests.length).toBeGreaterThan(2);
    expect(bridge.stats()).toMatchObject({ captured: 3, sent: 0, failed: 3 });
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatch(
      /^loki bridge: pushing to http:\/\/127\.0\.0\.1:\d+\/loki\/api\/v1\/push failed \(LokiPushGaveUpError: .*HTTP 500/,
    );
    expect(reports[1]).toBe(
      'loki bridge: 0 line(s) sent; 3 not delivered, 0 refused by Loki, 0 dropped while too many waited',
    );
  });

  it('survives an unreachable Loki', async () => {
    const reports: string[] = [];
    bridge = startLokiBridge({
      lokiUrl: `http://127.0.0.1:${await closedPort()}`,
      prefix: PREFIX,
      flushTimeoutMs: 200,
      stopTimeoutMs: 200,
      report: (message) => reports.push(message),
    });
    processor.info(ChargeLogMessage.captured, { orderId: 'ord-1' });
    await expect(bridge.stop()).resolves.toBeUndefined();
    expect(bridge.stats()).toMatchObject({ captured: 1, failed: 1 });
    expect(reports[0]).toMatch(/failed \(LokiPushGaveUpError: /);
  });

  it('drops lines beyond maxBufferedEvents and says so once', async () => {
    const reports: string[] = [];
    bridge = startLokiBridge({
      lokiUrl: loki.url,
      prefix: PREFIX,
      flushIntervalMs: 60_000,
      maxBufferedEvents: 2,
      report: (message) => reports.push(message),
    });
    for (const n of [1, 2, 3, 4]) processor.info('payment captured', { orderId: `ord-${n}` });
    await bridge.stop();
    expect(loki.entries().map((entry) => entry.metadata?.order_id)).toEqual(['ord-1', 'ord-2']);
    expect(bridge.stats()).toMatchObject({ captured: 4, sent: 2, overflowed: 2 });
    expect(reports).toEqual([
      'loki bridge: more than 2 lines waiting; dropping new lines',
      'loki bridge: 2 line(s) sent; 0 not delivered, 0 refused by Loki, 2 dropped while too many waited',
    ]);
  });

  it('logs the workflows’ executions as their state machines do, labelled by workflow', async () => {
    const stepFunctions = new LocalStepFunctions();
    const order = stepFunctions.registerStateMachine({
      stateMachineArn: stateMachineArn(`${PREFIX}-${LogService.orderWorkflow}`),
      definition: {
        StartAt: 'Read circuit',
        States: { 'Read circuit': { Type: 'Pass', Next: 'Done' }, Done: { Type: 'Succeed' } },
      },
    });
    const cooldown = stepFunctions.registerStateMachine({
      stateMachineArn: stateMachineArn(`${PREFIX}-${LogService.cooldownWorkflow}`),
      definition: {
        StartAt: 'Give up',
        States: {
          'Give up': { Type: 'Fail', Error: 'ProbeLeaseLost', Cause: 'another probe owns the circuit' },
        },
      },
    });
    const other = stepFunctions.registerStateMachine({
      stateMachineArn: stateMachineArn('someone-elses-machine'),
      definition: { StartAt: 'Done', States: { Done: { Type: 'Succeed' } } },
    });
    bridge = startLokiBridge({ lokiUrl: loki.url, prefix: PREFIX, flushIntervalMs: 60_000, stepFunctions });
    const runs = [
      stepFunctions.startExecution({ stateMachineArn: order, name: 'ord-1' }),
      stepFunctions.startExecution({ stateMachineArn: cooldown, name: 'trip-1' }),
      stepFunctions.startExecution({ stateMachineArn: other, name: 'x-1' }),
    ];
    await Promise.all(runs.map((run) => stepFunctions.waitForExecution(run.executionArn)));
    await bridge.flush();
    await bridge.flush();
    await bridge.stop();
    await stepFunctions.end();

    const entries = loki.entries();
    const lines = (service: string) =>
      entries
        .filter((entry) => entry.labels.service === service)
        .map((entry) => ({
          ...(JSON.parse(entry.line) as { type: string }),
          metadata: entry.metadata,
        }));
    expect(lines(LogService.orderWorkflow).map((line) => line.type)).toEqual([
      'ExecutionStarted',
      'PassStateEntered',
      'PassStateExited',
      'SucceedStateEntered',
      'SucceedStateExited',
      'ExecutionSucceeded',
    ]);
    expect(lines(LogService.orderWorkflow)[1]).toMatchObject({
      details: { name: 'Read circuit' },
      execution_arn: runs[0]?.executionArn,
      metadata: { execution_name: 'ord-1' },
    });
    expect(lines(LogService.cooldownWorkflow).find((line) => line.type === 'ExecutionFailed')).toMatchObject({
      details: { error: 'ProbeLeaseLost', cause: 'another probe owns the circuit' },
      metadata: { execution_name: 'trip-1' },
    });
    expect(entries.every((entry) => entry.labels.env === 'local' && entry.labels.level === 'unknown')).toBe(
      true,
    );
    expect(entries).toHaveLength(new Set(entries.map((entry) => entry.line)).size);
    expect(entries.some((entry) => entry.line.includes('someone-elses-machine'))).toBe(false);
  });
});

describe('startLokiBridge with the payment pipeline', () => {
  it('pushes the real payment worker’s charge line as order-processor and the order workflow’s history', async () => {
    const loki = await new RecordingLoki().start();
    const savedLevel = process.env.POWERTOOLS_LOG_LEVEL;
    process.env.POWERTOOLS_LOG_LEVEL = 'INFO'; // the worker's Logger reads it when created
    const pipeline = await startPaymentPipeline({ prefix: PREFIX, timeScale: 0.02 }).finally(() => {
      if (savedLevel === undefined) delete process.env.POWERTOOLS_LOG_LEVEL;
      else process.env.POWERTOOLS_LOG_LEVEL = savedLevel;
    });
    const bridge = startLokiBridge({
      lokiUrl: loki.url,
      prefix: PREFIX,
      quiet: true,
      flushIntervalMs: 60_000,
      stepFunctions: pipeline.runtime.stepFunctions,
    });
    try {
      const product = DEMO_CATALOG[0];
      if (!product) throw new Error('the demo catalog is empty');
      const order = await pipeline.storeOrder('ord-loki-1', {
        customer: { id: 'demo', email: 'demo@example.com' },
        items: [{ sku: product.sku, quantity: 1, unitPrice: product.unitPrice }],
        amount: product.unitPrice,
        currency: product.currency,
        paymentToken: DEMO_PAYMENT_TOKEN,
      });
      const execution = await pipeline.runtime.stepFunctions.waitForExecution(pipeline.startOrder(order));
      expect(execution.status).toBe('SUCCEEDED');
    } finally {
      await bridge.stop();
      await pipeline.end();
      await loki.stop();
    }

    const entries = loki.entries();
    const charge = entries.find((entry) => entry.labels.service === LogService.orderProcessor);
    expect(charge?.labels).toEqual({ service: 'order-processor', level: 'info', env: 'local' });
    expect(JSON.parse(charge?.line ?? '{}')).toMatchObject({
      message: ChargeLogMessage.captured,
      orderId: 'ord-loki-1',
    });
    expect(charge?.metadata).toMatchObject({ order_id: 'ord-loki-1' });
    const workflow = entries.filter((entry) => entry.labels.service === LogService.orderWorkflow);
    expect(workflow.map((entry) => JSON.parse(entry.line).type)).toContain('ExecutionSucceeded');
    expect(workflow.every((entry) => entry.metadata?.execution_name === 'ord-loki-1')).toBe(true);
    expect(entries.some((entry) => entry.line.includes(DEMO_PAYMENT_TOKEN))).toBe(false);
  });
});
