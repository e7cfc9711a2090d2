const NANOS_PER_MILLI = 1_000_000n;

/**
 * Loki's timestamp for a CloudWatch event: nanoseconds since the epoch as a decimal string,
 * computed with BigInt so no precision is lost (ms * 1e6 exceeds 2^53).
 */
export function millisToNanoString(millis: number): string {
  if (!Number.isSafeInteger(millis) || millis < 0) {
    throw new RangeError(`timestamp must be a non-negative whole number of milliseconds, got ${millis}`);
  }
  return (BigInt(millis) * NANOS_PER_MILLI).toString();
}
