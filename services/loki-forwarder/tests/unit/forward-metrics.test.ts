import { Metrics } from '@aws-lambda-powertools/metrics';
import { emptyForwardStats, ForwarderMetric, recordForwardMetrics } from '../../src';

interface EmfDocument {
  _aws: {
    CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string }> }>;
  };
  [key: string]: unknown;
}

function captureStdout(run: () => void): EmfDocument[] {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(chunk.toString());
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return lines
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as EmfDocument);
}

describe('recordForwardMetrics', () => {
  it('publishes sent, dropped, truncated, retries and failures, and drops per reason', () => {
    const metrics = new Metrics({ namespace: 'UnstoppablePayments', serviceName: 'loki-forwarder' });
    const stats = { ...emptyForwardStats(), sent: 40, truncated: 2, retries: 3, failures: 1 };
    stats.dropped.bad_request = 5;

    const docs = captureStdout(() => {
      recordForwardMetrics(metrics, stats);
      metrics.publishStoredMetrics();
    });

    const byReason = docs.find((doc) => doc.reason === 'bad_request');
    expect(byReason).toMatchObject({ service: 'loki-forwarder', [ForwarderMetric.EntriesDropped]: 5 });
    expect(byReason?._aws.CloudWatchMetrics[0]?.Dimensions[0]).toEqual(
      expect.arrayContaining(['service', 'reason']),
    );
    const main = docs.find((doc) => doc.reason === undefined);
    expect(main).toMatchObject({
      service: 'loki-forwarder',
      EntriesSent: 40,
      EntriesDropped: 5,
      EntriesTruncated: 2,
      PushRetries: 3,
      PushFailures: 1,
    });
    expect(main?._aws.CloudWatchMetrics[0]?.Namespace).toBe('UnstoppablePayments');
    expect(docs.some((doc) => doc.reason === 'payload_too_large')).toBe(false);
  });
});
