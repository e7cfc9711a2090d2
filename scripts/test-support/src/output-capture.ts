/** What a piece of work wrote to stdout and stderr while it ran (Powertools logs and EMF lines). */
export interface CapturedOutput<T> {
  /** What the work resolved with (unset when it threw). */
  readonly result?: T;
  /** What the work threw (unset when it resolved). */
  readonly error?: unknown;
  /** Everything written, as one string: for "never contains" assertions. */
  readonly text: string;
  /** Every JSON line written, parsed. */
  readonly lines: readonly Record<string, unknown>[];
}

/**
 * Runs `work` while collecting what it writes to stdout and stderr, keeping it out of the test
 * output. Powertools Logger and Metrics write there through their own `Console`, which this sees.
 *
 * @example
 * const { lines, text } = await captureOutput(() => handler(event, context));
 * expect(text).not.toContain(TOKEN);
 */
export async function captureOutput<T>(work: () => Promise<T>): Promise<CapturedOutput<T>> {
  const chunks: string[] = [];
  const collect = (chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  };
  const spies = [
    jest.spyOn(process.stdout, 'write').mockImplementation(collect),
    jest.spyOn(process.stderr, 'write').mockImplementation(collect),
  ];
  let result: T | undefined;
  let error: unknown;
  let threw = false;
  try {
    result = await work();
  } catch (caught) {
    threw = true;
    error = caught;
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const text = chunks.join('');
  const lines = text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return threw ? { error, text, lines } : { result, text, lines };
}

/** One metric of an EMF document: where it goes and the values it carries. */
export interface EmfMetric {
  readonly namespace: string;
  readonly name: string;
  readonly unit: string;
  /** The document's dimension names, as declared (`_aws.CloudWatchMetrics[0].Dimensions[0]`). */
  readonly dimensionNames: readonly string[];
  /** Each declared dimension with its value. */
  readonly dimensions: Readonly<Record<string, unknown>>;
  /** The metric's value(s): EMF writes a list when one flush holds several. */
  readonly values: readonly number[];
}

interface EmfDirective {
  readonly Namespace: string;
  readonly Dimensions: readonly (readonly string[])[];
  readonly Metrics: readonly { readonly Name: string; readonly Unit?: string }[];
}

/**
 * The metrics of the EMF documents among `lines` (JSON lines with `_aws.CloudWatchMetrics`),
 * optionally only those named `name`, in the order they were written.
 */
export function emfMetrics(lines: readonly Record<string, unknown>[], name?: string): EmfMetric[] {
  return lines.flatMap((line) => {
    const aws = line._aws as { CloudWatchMetrics?: readonly EmfDirective[] } | undefined;
    return (aws?.CloudWatchMetrics ?? []).flatMap((directive) => {
      const dimensionNames = directive.Dimensions[0] ?? [];
      const dimensions = Object.fromEntries(dimensionNames.map((dimension) => [dimension, line[dimension]]));
      return directive.Metrics.filter((metric) => name === undefined || metric.Name === name).map(
        (metric): EmfMetric => {
          const value = line[metric.Name];
          return {
            namespace: directive.Namespace,
            name: metric.Name,
            unit: metric.Unit ?? 'None',
            dimensionNames,
            dimensions,
            values: (Array.isArray(value) ? value : [value]).map(Number),
          };
        },
      );
    });
  });
}

/** The sum of every value of metric `name` written among `lines`. */
export function emfSum(lines: readonly Record<string, unknown>[], name: string): number {
  return emfMetrics(lines, name).reduce(
    (sum, metric) => sum + metric.values.reduce((total, value) => total + value, 0),
    0,
  );
}
