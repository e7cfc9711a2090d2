import { captureOutput, emfMetrics, emfSum } from '../../src';

const emf = (values: Record<string, unknown>, metrics: { Name: string; Unit: string }[], dims: string[]) =>
  JSON.stringify({
    _aws: {
      Timestamp: 0,
      CloudWatchMetrics: [{ Namespace: 'Test', Dimensions: [dims], Metrics: metrics }],
    },
    ...values,
  });

describe('captureOutput', () => {
  it('collects stdout and stderr, parses the JSON lines and returns the result', async () => {
    const output = await captureOutput(async () => {
      process.stdout.write('{"level":"INFO","message":"a"}\nnot json\n');
      process.stderr.write(Buffer.from('{"level":"WARN","message":"b"}\n'));
      return 42;
    });
    expect(output.result).toBe(42);
    expect(output.error).toBeUndefined();
    expect(output.lines).toEqual([
      { level: 'INFO', message: 'a' },
      { level: 'WARN', message: 'b' },
    ]);
    expect(output.text).toContain('not json');
  });

  it('returns what the work threw, and stops capturing afterwards', async () => {
    const failure = new Error('boom');
    const output = await captureOutput(async () => {
      throw failure;
    });
    expect(output.error).toBe(failure);
    expect('result' in output).toBe(false);
    expect(jest.isMockFunction(process.stdout.write)).toBe(false);
  });
});

describe('emfMetrics', () => {
  const lines = [
    { level: 'INFO', message: 'not a metric' },
    JSON.parse(
      emf(
        { service: 'svc', Placed: [1, 1], Latency: 12 },
        [
          { Name: 'Placed', Unit: 'Count' },
          { Name: 'Latency', Unit: 'Milliseconds' },
        ],
        ['service'],
      ),
    ),
    JSON.parse(
      emf({ service: 'svc', kind: 'x', Placed: 1 }, [{ Name: 'Placed', Unit: 'Count' }], ['service', 'kind']),
    ),
  ];

  it('reads namespace, dimensions and values of each metric', () => {
    expect(emfMetrics(lines, 'Latency')).toEqual([
      {
        namespace: 'Test',
        name: 'Latency',
        unit: 'Milliseconds',
        dimensionNames: ['service'],
        dimensions: { service: 'svc' },
        values: [12],
      },
    ]);
    expect(emfMetrics(lines).map((metric) => metric.name)).toEqual(['Placed', 'Latency', 'Placed']);
    expect(emfMetrics(lines, 'Placed')[1]?.dimensions).toEqual({ service: 'svc', kind: 'x' });
  });

  it('sums a metric over lists and documents', () => {
    expect(emfSum(lines, 'Placed')).toBe(3);
    expect(emfSum(lines, 'Missing')).toBe(0);
  });
});
