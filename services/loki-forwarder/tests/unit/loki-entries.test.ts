import {
  LOG_SERVICES,
  LogService,
  lambdaLogGroupName,
  stateMachineLogGroupName,
  WORKFLOW_LOG_SERVICES,
} from '@unstoppable/core';
import { type SubscriptionLogData, TRUNCATED_METADATA_KEY, toLokiEntries, truncationMarker } from '../../src';
import { powertoolsLine, REPORT_LINE, START_LINE, stepFunctionsLine } from '../support/subscription-payload';

const options = { env: 'prod', logGroupPrefix: 'up-prod', maxLineBytes: 262_144 };
const isWorkflow = (service: string) => (WORKFLOW_LOG_SERVICES as readonly string[]).includes(service);

function data(logGroup: string, messages: string[]): SubscriptionLogData {
  return {
    logGroup,
    logStream: 'stream',
    logEvents: messages.map((message, index) => ({
      id: String(index),
      timestamp: 1_764_288_000_000 + index,
      message,
    })),
  };
}

describe('toLokiEntries', () => {
  it.each(LOG_SERVICES.filter((service) => !isWorkflow(service)))(
    'labels %s lines and its platform lines',
    (service) => {
      const line = powertoolsLine({ service, level: 'INFO', orderId: 'ord-1' });
      const { entries } = toLokiEntries(
        data(lambdaLogGroupName('up-prod', service), [START_LINE, line, REPORT_LINE]),
        options,
      );

      expect(entries.map((entry) => JSON.parse(entry.labelsJson))).toEqual([
        { service, level: 'unknown', env: 'prod' },
        { service, level: 'info', env: 'prod' },
        { service, level: 'unknown', env: 'prod' },
      ]);
      expect(entries.map((entry) => entry.line)).toEqual([START_LINE, line, REPORT_LINE]);
    },
  );

  it.each(WORKFLOW_LOG_SERVICES)('labels %s history events by their log group', (workflow) => {
    const line = stepFunctionsLine(`up-prod-${workflow}`, 'exec-1');
    const { entries } = toLokiEntries(data(stateMachineLogGroupName('up-prod', workflow), [line]), options);

    expect(entries).toEqual([
      {
        labelsJson: JSON.stringify({ service: workflow, level: 'unknown', env: 'prod' }),
        timestampNs: '1764288000000000000',
        line,
        metadata: { execution_name: 'exec-1' },
      },
    ]);
  });

  it("prefers the line's own service over the log group", () => {
    const line = powertoolsLine({ service: LogService.orderProcessor });
    const { entries } = toLokiEntries(data('/aws/lambda/up-prod-payment-processor', [line]), options);
    expect(JSON.parse(entries[0]?.labelsJson ?? '{}').service).toBe('order-processor');
  });

  it('puts ids in metadata, never in labels', () => {
    const line = powertoolsLine({ service: 'order-processor', orderId: 'ord-9', executionName: 'ord-9-a2' });
    const [entry] = toLokiEntries(
      data(lambdaLogGroupName('up-prod', LogService.orderProcessor), [line]),
      options,
    ).entries;

    expect(Object.keys(JSON.parse(entry?.labelsJson ?? '{}'))).toEqual(['service', 'level', 'env']);
    expect(entry?.metadata).toEqual({
      request_id: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
      trace_id: '1-6747c1a0-3f1e6b2a9d8c7b6a5f4e3d2c',
      order_id: 'ord-9',
      execution_name: 'ord-9-a2',
    });
  });

  it('sends plain lines without metadata', () => {
    const [entry] = toLokiEntries(data('/aws/lambda/up-prod-order-api', ['plain text']), options).entries;
    expect(entry).toEqual({
      labelsJson: JSON.stringify({ service: 'order-api', level: 'unknown', env: 'prod' }),
      timestampNs: '1764288000000000000',
      line: 'plain text',
    });
  });

  it('truncates lines over the limit, marks them and counts them', () => {
    const long = powertoolsLine({ service: 'order-processor', level: 'ERROR', message: 'x'.repeat(5000) });
    const result = toLokiEntries(data('/aws/lambda/up-prod-order-processor', [long, 'short']), {
      ...options,
      maxLineBytes: 1024,
    });

    expect(result.truncated).toBe(1);
    const [cut, short] = result.entries;
    expect(Buffer.byteLength(cut?.line ?? '')).toBeLessThanOrEqual(1024);
    expect(cut?.line.endsWith(truncationMarker(Buffer.byteLength(long)))).toBe(true);
    // Labels come from the whole line, before it was cut.
    expect(JSON.parse(cut?.labelsJson ?? '{}')).toEqual({
      service: 'order-processor',
      level: 'error',
      env: 'prod',
    });
    expect(cut?.metadata?.[TRUNCATED_METADATA_KEY]).toBe('true');
    expect(short?.line).toBe('short');
  });
});
