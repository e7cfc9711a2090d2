import { measureOrderPaths, ORDER_PATHS } from '../../src';

describe('measureOrderPaths', () => {
  it('runs one real execution per path and reports its transitions and payment invocations', async () => {
    const report = await measureOrderPaths({ timeScale: 0.01 });
    const byPath = Object.fromEntries(report.paths.map((measured) => [measured.path, measured]));

    expect(report.paths.map((measured) => measured.path)).toEqual([...ORDER_PATHS]);
    // The design's target for the healthy path.
    expect(byPath.green?.transitions).toBeLessThanOrEqual(7);
    expect(byPath.green?.orderStatus).toBe('COMPLETED');
    expect(byPath.declined?.orderStatus).toBe('DECLINED');
    // One call, then two in-place retries on technical errors; none while the circuit is OPEN.
    expect(report.paths.map((measured) => measured.paymentInvocationMs.length)).toEqual([1, 1, 3, 0, 3]);
    // Retries are billed as transitions, so the failing paths cost more than the healthy one.
    expect(byPath.technicalFailureQueued?.transitions).toBeGreaterThan(byPath.green?.transitions ?? 0);
    expect(byPath.trip?.transitions).toBeGreaterThan(byPath.technicalFailureQueued?.transitions ?? 0);
    expect(report.definitionBytes).toBeGreaterThan(1000);
    expect(report.inputBytes).toBeGreaterThan(0);
  });
});
