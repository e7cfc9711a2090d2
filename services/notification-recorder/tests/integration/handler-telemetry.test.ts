import {
  AdminAlertKind,
  ALERT_KIND_ATTRIBUTE,
  LogService,
  METRICS_NAMESPACE,
  MetricName,
  tableName,
} from '@unstoppable/core';
import {
  captureOutput,
  emfMetrics,
  emfSum,
  lambdaContext,
  startTestDynamo,
  type TestDynamo,
} from '@unstoppable/test-support';
import type { Context, SNSEvent, SNSEventRecord } from 'aws-lambda';

type Handler = (event: SNSEvent, context: Context) => Promise<{ recorded: number }>;

const PREFIX = 'nr-telemetry';
const TOKEN = 'tok_secretNotify0077';
const ADMIN_TOPIC = `arn:aws:sns:us-east-1:000000000000:${PREFIX}-admin-alerts`;
const CUSTOMER_TOPIC = `arn:aws:sns:us-east-1:000000000000:${PREFIX}-customer-notifications`;

let sequence = 0;
/** An SNS Lambda record as SNS delivers it; `alertKind` becomes the String message attribute. */
const snsRecord = (init: { alertKind?: string; topic?: string; message?: string; timestamp?: string }) => {
  sequence += 1;
  const record: SNSEventRecord = {
    EventVersion: '1.0',
    EventSubscriptionArn: `${init.topic ?? ADMIN_TOPIC}:sub-1`,
    EventSource: 'aws:sns',
    Sns: {
      SignatureVersion: '1',
      Timestamp: init.timestamp ?? '2026-11-28T10:00:00.000Z',
      Signature: 'sig',
      SigningCertUrl: 'cert',
      MessageId: `msg-${sequence}`,
      Message: init.message ?? 'The payment gateway circuit opened after 3 consecutive technical failures.',
      MessageAttributes:
        init.alertKind === undefined
          ? {}
          : { [ALERT_KIND_ATTRIBUTE]: { Type: 'String', Value: init.alertKind } },
      Type: 'Notification',
      UnsubscribeUrl: 'unsubscribe',
      TopicArn: init.topic ?? ADMIN_TOPIC,
      Subject: 'Payment gateway circuit OPEN',
    },
  };
  return record;
};

/**
 * The real Lambda entry point (src/handler.ts, config from the environment at load time) against
 * dynalite; stdout parsed into log lines and EMF documents.
 */
describe('notification recorder handler: logs and metrics', () => {
  let dynamo: TestDynamo;
  let handler: Handler;
  const saved = { ...process.env };
  const invoke = (...records: SNSEventRecord[]) =>
    captureOutput(() => handler({ Records: records }, lambdaContext(`${PREFIX}-notification-recorder`)));

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      NOTIFICATIONS_TABLE: tableName(PREFIX, 'notifications'),
    });
    delete process.env.POWERTOOLS_DEV;
    delete process.env.POWERTOOLS_METRICS_DISABLED;
    await jest.isolateModulesAsync(async () => {
      ({ handler } = (await import('../../src/handler')) as { handler: Handler });
    });
  });

  afterAll(async () => {
    process.env = saved;
    await dynamo.end();
  });

  it('counts a CircuitOpened alert as a circuit transition, with the transition as a dimension', async () => {
    const output = await invoke(snsRecord({ alertKind: AdminAlertKind.CircuitOpened }));

    expect(output.result).toEqual({ recorded: 1 });
    expect(emfMetrics(output.lines, MetricName.CircuitTransitions)).toEqual([
      {
        namespace: METRICS_NAMESPACE,
        name: MetricName.CircuitTransitions,
        unit: 'Count',
        dimensionNames: ['service', 'transition'],
        dimensions: { service: LogService.notificationRecorder, transition: 'CircuitOpened' },
        values: [1],
      },
    ]);
    expect(emfSum(output.lines, MetricName.OrdersFailed)).toBe(0);
    expect(output.lines.find((line) => line.message === 'notification recorded')).toMatchObject({
      service: LogService.notificationRecorder,
      alertKind: 'CircuitOpened',
    });
  });

  it('counts a CircuitClosed (recovery) alert as a circuit transition of its own', async () => {
    const output = await invoke(snsRecord({ alertKind: AdminAlertKind.CircuitClosed }));

    expect(emfMetrics(output.lines, MetricName.CircuitTransitions)).toEqual([
      expect.objectContaining({
        dimensionNames: ['service', 'transition'],
        dimensions: { service: LogService.notificationRecorder, transition: 'CircuitClosed' },
        values: [1],
      }),
    ]);
  });

  it('counts an OrderFailed alert as OrdersFailed', async () => {
    const output = await invoke(
      snsRecord({ alertKind: AdminAlertKind.OrderFailed, message: 'Order shop-1 failed on attempt 5.' }),
      snsRecord({ alertKind: AdminAlertKind.OrderFailed, message: 'Order shop-2 failed on attempt 1.' }),
    );

    expect(emfMetrics(output.lines, MetricName.OrdersFailed)).toEqual([
      expect.objectContaining({
        namespace: METRICS_NAMESPACE,
        dimensionNames: ['service'],
        dimensions: { service: LogService.notificationRecorder },
        values: [1, 1],
      }),
    ]);
    expect(emfSum(output.lines, MetricName.CircuitTransitions)).toBe(0);
  });

  it('counts nothing, and writes no empty-flush warning, for customer mail and the other alert kinds', async () => {
    const output = await invoke(
      snsRecord({ topic: CUSTOMER_TOPIC, message: 'Your order shop-3 is confirmed.' }),
      snsRecord({ alertKind: AdminAlertKind.OrderNotQueued }),
      snsRecord({ alertKind: AdminAlertKind.ProbeWatchStopped }),
    );

    expect(output.result).toEqual({ recorded: 3 });
    expect(emfMetrics(output.lines)).toEqual([]);
    expect(output.text).not.toContain('No application metrics');
  });

  it('records an alert of an unknown kind, warns about it and counts nothing', async () => {
    const output = await invoke(snsRecord({ alertKind: 'CircuitExploded' }));

    expect(output.result).toEqual({ recorded: 1 });
    expect(emfMetrics(output.lines)).toEqual([]);
    expect(output.lines.find((line) => line.message === 'unknown alert kind; not counted')).toMatchObject({
      level: 'WARN',
      alertKind: 'CircuitExploded',
    });
  });

  it('never logs a token carried in a message, whether recorded or refused', async () => {
    const message = JSON.stringify({ orderId: 'shop-4', paymentToken: TOKEN });
    const recorded = await invoke(snsRecord({ topic: CUSTOMER_TOPIC, message }));
    const refused = await invoke(snsRecord({ message, timestamp: `not a time ${TOKEN}` }));

    expect(recorded.result).toEqual({ recorded: 1 });
    expect((refused.error as Error).name).toBe('NotificationsNotRecordedError');
    for (const output of [recorded, refused]) expect(output.text).not.toContain(TOKEN);
  });
});
