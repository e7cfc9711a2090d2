import {
  LOG_SERVICES,
  LogService,
  lambdaLogGroupName,
  stateMachineLogGroupName,
  WORKFLOW_LOG_SERVICES,
} from '@unstoppable/core';
import { mockClient } from 'aws-sdk-client-mock';
import { captureOutput, lambdaContext, loadHandler, mainMetrics } from '../support/lambda-harness';
import {
  controlMessage,
  dataMessage,
  powertoolsLine,
  REPORT_LINE,
  START_LINE,
  stepFunctionsLine,
  subscriptionEvent,
} from '../support/subscription-payload';
import { TestLokiServer } from '../support/test-loki-server';

const PREFIX = 'up-test';
const T0 = 1_764_288_000_000;
const isWorkflow = (service: string) => (WORKFLOW_LOG_SERVICES as readonly string[]).includes(service);

describe('loki-forwarder handler', () => {
  let loki: TestLokiServer;

  beforeEach(async () => {
    loki = await new TestLokiServer().start();
  });

  afterEach(() => loki.stop());

  const baseEnv = () => ({
    AWS_REGION: 'eu-west-1',
    ENVIRONMENT: 'test',
    LOG_GROUP_PREFIX: PREFIX,
    LOKI_URL: loki.url,
    LOKI_RETRY_BASE_DELAY_MS: '1',
    LOKI_RETRY_MAX_DELAY_MS: '5',
    POWERTOOLS_METRICS_NAMESPACE: 'UnstoppablePayments',
  });

  function lambdaPayload(service: (typeof LOG_SERVICES)[number]) {
    return dataMessage(lambdaLogGroupName(PREFIX, service), [
      { timestamp: T0, message: START_LINE },
      { timestamp: T0 + 1, message: powertoolsLine({ service, level: 'INFO', orderId: `ord-${service}` }) },
      { timestamp: T0 + 2, message: powertoolsLine({ service, level: 'ERROR', message: 'boom' }) },
      { timestamp: T0 + 3, message: REPORT_LINE },
    ]);
  }

  it('forwards every service and both workflows with the right labels, lines and metadata', async () => {
    const handler = await loadHandler(baseEnv());
    const payloads = LOG_SERVICES.map((service) =>
      isWorkflow(service)
        ? dataMessage(stateMachineLogGroupName(PREFIX, service as (typeof WORKFLOW_LOG_SERVICES)[number]), [
            { timestamp: T0, message: stepFunctionsLine(`${PREFIX}-${service}`, `exec-${service}`) },
          ])
        : lambdaPayload(service),
    );

    for (const payload of payloads) await handler(subscriptionEvent(payload), lambdaContext());

    expect(loki.violations).toEqual([]);
    const entries = loki.entries();
    expect(entries).toHaveLength(payloads.reduce((sum, payload) => sum + payload.logEvents.length, 0));
    for (const service of LOG_SERVICES) {
      const mine = entries.filter((entry) => entry.labels.service === service);
      expect(mine.length).toBeGreaterThan(0);
      for (const entry of mine) {
        expect(Object.keys(entry.labels).sort()).toEqual(['env', 'level', 'service']);
        expect(entry.labels.env).toBe('test');
      }
    }
    const processor = entries
      .filter((entry) => entry.labels.service === LogService.orderProcessor)
      .sort((a, b) => a.ts.localeCompare(b.ts));
    expect(processor.map((entry) => [entry.ts, entry.labels.level])).toEqual([
      ['1764288000000000000', 'unknown'],
      ['1764288000001000000', 'info'],
      ['1764288000002000000', 'error'],
      ['1764288000003000000', 'unknown'],
    ]);
    expect(processor.map((entry) => entry.line)).toEqual(
      payloads[0]?.logEvents.map((event) => event.message),
    );
    expect(processor[0]?.metadata).toEqual({ request_id: '8f507cfc-5e1b-4a5c-9c0f-1e3e2d1a0b9c' });
    expect(processor[1]?.metadata).toMatchObject({
      order_id: 'ord-order-processor',
      trace_id: expect.any(String),
    });
    const workflow = entries.find((entry) => entry.labels.service === LogService.cooldownWorkflow);
    expect(workflow?.metadata).toEqual({ execution_name: 'exec-cooldown-workflow' });
  });

  it('skips control messages without calling Loki', async () => {
    const handler = await loadHandler(baseEnv());
    const { error, lines } = await captureOutput(() =>
      handler(subscriptionEvent(controlMessage()), lambdaContext()),
    );
    expect(error).toBeUndefined();
    expect(loki.pushes).toHaveLength(0);
    expect(mainMetrics(lines)).toMatchObject({ EntriesSent: 0, PushFailures: 0 });
  });

  it('retries a 429 and reports the retry and the entries sent', async () => {
    const handler = await loadHandler(baseEnv());
    loki.respond({ status: 429, body: 'rate limited' });

    const { error, lines } = await captureOutput(() =>
      handler(subscriptionEvent(lambdaPayload(LogService.orderApi)), lambdaContext()),
    );

    expect(error).toBeUndefined();
    expect(loki.pushes).toHaveLength(2);
    expect(mainMetrics(lines)).toMatchObject({
      service: 'loki-forwarder',
      EntriesSent: 4,
      PushRetries: 1,
      PushFailures: 0,
    });
  });

  it('splits a large payload into pushes within the batch size', async () => {
    const handler = await loadHandler({
      ...baseEnv(),
      LOKI_MAX_BATCH_BYTES: '8192',
      LOKI_MAX_LINE_BYTES: '2048',
    });
    const events = Array.from({ length: 120 }, (_, index) => ({
      timestamp: T0 + index,
      message: powertoolsLine({
        service: 'order-processor',
        level: index % 2 ? 'INFO' : 'WARN',
        message: `m${index} ${'x'.repeat(150)}`,
      }),
    }));

    await handler(
      subscriptionEvent(dataMessage(lambdaLogGroupName(PREFIX, LogService.orderProcessor), events)),
      lambdaContext(),
    );

    expect(loki.violations).toEqual([]);
    expect(loki.pushes.length).toBeGreaterThan(3);
    for (const push of loki.pushes) expect(push.rawBytes).toBeLessThanOrEqual(8192);
    expect(
      loki
        .entries()
        .map((entry) => entry.line)
        .sort(),
    ).toEqual(events.map((event) => event.message).sort());
  });

  it('drops and counts entries Loki answers 400 for, without retrying or throwing', async () => {
    const handler = await loadHandler(baseEnv());
    loki.respond({ status: 400, body: 'entry out of order' });

    const { error, lines } = await captureOutput(() =>
      handler(subscriptionEvent(lambdaPayload(LogService.retryHandler)), lambdaContext()),
    );

    expect(error).toBeUndefined();
    expect(loki.pushes).toHaveLength(1);
    expect(mainMetrics(lines)).toMatchObject({ EntriesSent: 0, EntriesDropped: 4, PushRetries: 0 });
    expect(lines.find((line) => '_aws' in line && line.reason === 'bad_request')).toMatchObject({
      EntriesDropped: 4,
    });
    expect(lines.find((line) => line.level === 'WARN' && line.status === 400)).toMatchObject({
      message: 'Loki rejected a batch; its entries are dropped',
      service: 'loki-forwarder',
    });
  });

  it('throws once the time left runs out, so the event goes to the on-failure destination', async () => {
    const handler = await loadHandler({
      ...baseEnv(),
      LOKI_RETRY_BASE_DELAY_MS: '20',
      LOKI_RETRY_MAX_DELAY_MS: '40',
    });
    loki.respondAlways({ status: 503, body: 'ingester unavailable' });
    const started = Date.now();

    const { error, lines } = await captureOutput(() =>
      handler(subscriptionEvent(lambdaPayload(LogService.orderProcessor)), lambdaContext(1_800)),
    );

    expect(error).toMatchObject({
      name: 'LokiPushGaveUpError',
      lastFailure: 'HTTP 503: ingester unavailable',
    });
    expect(Date.now() - started).toBeLessThan(1_800 - 1_000);
    expect(loki.pushes.length).toBeGreaterThan(1);
    expect(mainMetrics(lines)).toMatchObject({ EntriesSent: 0, PushFailures: 1 });
  });

  it('throws on a malformed event and counts the failure', async () => {
    const handler = await loadHandler(baseEnv());
    const { error, lines } = await captureOutput(() =>
      handler({ awslogs: { data: 'bm90IGd6aXA=' } }, lambdaContext()),
    );
    expect(error).toMatchObject({ name: 'SubscriptionEventError', field: 'awslogs.data' });
    expect(mainMetrics(lines)).toMatchObject({ PushFailures: 1 });
  });

  describe('with credentials in Secrets Manager', () => {
    const ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:up-test-loki-AbCdEf';

    function secretEnv() {
      const { LOKI_URL: _url, ...env } = baseEnv();
      return { ...env, LOKI_SECRET_ARN: ARN, LOKI_TENANT_ID: 'payments' };
    }

    it('pushes with the bearer token and tenant from the secret, reading it once while cached', async () => {
      let reads = 0;
      const handler = await loadHandler(secretEnv(), (sdk) => {
        mockClient(sdk.SecretsManagerClient)
          .on(sdk.GetSecretValueCommand, { SecretId: ARN })
          .callsFake(() => {
            reads++;
            return { SecretString: JSON.stringify({ url: loki.url, bearerToken: 'glc_token' }) };
          });
      });

      await handler(subscriptionEvent(lambdaPayload(LogService.orderApi)), lambdaContext());
      await handler(subscriptionEvent(lambdaPayload(LogService.orderApi)), lambdaContext());

      expect(reads).toBe(1);
      expect(loki.pushes).toHaveLength(2);
      for (const push of loki.pushes) {
        expect(push.headers.authorization).toBe('Bearer glc_token');
        expect(push.headers['x-scope-orgid']).toBe('payments');
      }
    });

    it('re-reads the secret after Loki answers 401, and throws meanwhile', async () => {
      let reads = 0;
      const handler = await loadHandler(secretEnv(), (sdk) => {
        mockClient(sdk.SecretsManagerClient)
          .on(sdk.GetSecretValueCommand)
          .callsFake(() => {
            reads++;
            const secret = { url: loki.url, username: '123456', password: reads === 1 ? 'old' : 'rotated' };
            return { SecretString: JSON.stringify(secret) };
          });
      });
      loki.respond({ status: 401, body: 'invalid credentials' });

      const first = await captureOutput(() =>
        handler(subscriptionEvent(lambdaPayload(LogService.orderApi)), lambdaContext()),
      );
      await handler(subscriptionEvent(lambdaPayload(LogService.orderApi)), lambdaContext());

      expect(first.error).toMatchObject({ name: 'LokiPushRefusedError', status: 401 });
      expect(reads).toBe(2);
      expect(loki.pushes[1]?.headers.authorization).toBe(
        `Basic ${Buffer.from('123456:rotated').toString('base64')}`,
      );
    });
  });
});
