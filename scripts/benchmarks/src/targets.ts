/** The targets of issue #8 that these benchmarks check. */
export const TARGETS = {
  /** Largest Lambda bundle (dist/handler.mjs), in bytes: 250 KB. */
  maxBundleBytes: 250 * 1024,
  /** Largest median module initialisation time of a bundle, in ms. */
  maxInitMs: 30,
  /** Most state transitions on the green path. */
  maxGreenTransitions: 7,
  /** Least local stack throughput, HTTP POST /orders -> COMPLETED, in orders per second. */
  minOrdersPerSecond: 100,
} as const;
