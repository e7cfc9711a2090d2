import {
  billedMs,
  expressBilledMemoryMb,
  expressWorkflowCost,
  lambdaCost,
  perMillion,
  standardWorkflowCost,
} from '../../../src/cost/cost-model';
import { LAMBDA_ARM64_PRICES, STEP_FUNCTIONS_PRICES } from '../../../src/prices';

describe('billedMs', () => {
  it('rounds up to the billing step, at least one step', () => {
    expect(billedMs(45.1, 1)).toBe(46);
    expect(billedMs(0, 1)).toBe(1);
    expect(billedMs(69, 100)).toBe(100);
    expect(billedMs(2308, 100)).toBe(2400);
    expect(billedMs(200, 100)).toBe(200);
  });
});

describe('standardWorkflowCost', () => {
  it('bills every transition at the Standard price: 7 transitions = $175 per million orders', () => {
    expect(perMillion(standardWorkflowCost(7))).toBeCloseTo(175, 9);
    expect(standardWorkflowCost(0)).toBe(0);
  });
});

describe('lambdaCost', () => {
  it('adds a request charge per call and memory x duration rounded up to 1 ms per call', () => {
    // 2 calls: 46 ms + 1 ms billed at 512 MB = 0.0235 GB-s.
    const expected = 2 * 0.0000002 + ((46 + 1) / 1000) * 0.5 * 0.0000133334;
    expect(lambdaCost([45.1, 0.2], 512)).toBeCloseTo(expected, 15);
  });

  it('costs nothing without calls', () => {
    expect(lambdaCost([], 512)).toBe(0);
  });

  it('uses the prices it is given', () => {
    expect(lambdaCost([1000], 1024, { ...LAMBDA_ARM64_PRICES, perRequest: 1, perGbSecond: 2 })).toBe(3);
  });
});

describe('expressBilledMemoryMb', () => {
  it('rounds 50 MB + definition + data up to 64 MB chunks', () => {
    expect(expressBilledMemoryMb(27_808, 147)).toBe(64);
    // The pricing page's example: 50 KB definition, 400 x 32 KB of map payload -> 64 MB.
    expect(expressBilledMemoryMb(50 * 1024, 400 * 32 * 1024)).toBe(64);
    expect(expressBilledMemoryMb(0, 15 * 1024 * 1024)).toBe(128);
  });
});

describe('expressWorkflowCost', () => {
  it('is one request plus the duration rounded up to 100 ms x billed memory', () => {
    const expected = 1e-6 + 0.1 * (64 / 1024) * (0.06 / 3600);
    expect(expressWorkflowCost(69, 64)).toBeCloseTo(expected, 15);
    expect(expressWorkflowCost(2308, 64)).toBeCloseTo(1e-6 + 2.4 * (64 / 1024) * (0.06 / 3600), 15);
  });

  it('uses the prices it is given', () => {
    const prices = { ...STEP_FUNCTIONS_PRICES, expressPerRequest: 0, expressPerGbSecond: 1 };
    expect(expressWorkflowCost(1000, 1024, prices)).toBe(1);
  });
});
