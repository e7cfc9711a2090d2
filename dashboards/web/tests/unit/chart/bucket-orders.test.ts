import type { OrderStatus } from '@unstoppable/core';
import { bucketOrdersByMinute, MINUTE_MS, statusTime } from '../../../src/chart/bucket-orders';

const NOW = Date.parse('2026-11-28T12:09:30Z');
const at = (time: string) => `2026-11-28T${time}Z`;
const order = (status: OrderStatus, updatedAt: string, createdAt = at('11:00:00')) => ({
  status,
  createdAt,
  updatedAt,
});

describe('bucketOrdersByMinute', () => {
  it('returns one bucket per minute, oldest first, the last one holding now', () => {
    const buckets = bucketOrdersByMinute([], { now: NOW, minutes: 10 });
    expect(buckets).toHaveLength(10);
    expect(buckets[0]?.start).toBe(Date.parse(at('12:00:00')));
    expect(buckets[9]?.start).toBe(Date.parse(at('12:09:00')));
    expect(
      buckets.every(
        (bucket, index) => index === 0 || bucket.start - (buckets[index - 1]?.start ?? 0) === MINUTE_MS,
      ),
    ).toBe(true);
    expect(buckets.every((bucket) => bucket.total === 0)).toBe(true);
  });

  it('counts each order once, under its current status, in the minute it reached it', () => {
    const buckets = bucketOrdersByMinute(
      [
        order('COMPLETED', at('12:09:10')),
        order('COMPLETED', at('12:09:00')),
        order('QUEUED', at('12:08:59.999')),
        order('DECLINED', at('12:00:00')),
        order('FAILED', at('12:05:30')),
        order('PENDING', at('12:09:29')),
      ],
      { now: NOW, minutes: 10 },
    );
    expect(buckets[9]?.counts).toEqual({ PENDING: 1, QUEUED: 0, COMPLETED: 2, DECLINED: 0, FAILED: 0 });
    expect(buckets[9]?.total).toBe(3);
    expect(buckets[8]?.counts.QUEUED).toBe(1);
    expect(buckets[5]?.counts.FAILED).toBe(1);
    expect(buckets[0]?.counts.DECLINED).toBe(1);
    expect(buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(6);
  });

  it('leaves out orders older than the window', () => {
    const buckets = bucketOrdersByMinute([order('COMPLETED', at('11:59:59.999'))], { now: NOW, minutes: 10 });
    expect(buckets.reduce((sum, bucket) => sum + bucket.total, 0)).toBe(0);
  });

  it('counts a time ahead of now (clock skew) in the current minute', () => {
    const buckets = bucketOrdersByMinute([order('COMPLETED', at('12:11:00'))], { now: NOW, minutes: 3 });
    expect(buckets.map((bucket) => bucket.total)).toEqual([0, 0, 1]);
  });

  it('falls back to createdAt and skips orders with no readable time', () => {
    const buckets = bucketOrdersByMinute(
      [order('PENDING', 'garbage', at('12:09:01')), order('PENDING', 'garbage', 'also garbage')],
      { now: NOW, minutes: 1 },
    );
    expect(buckets).toEqual([
      {
        start: Date.parse(at('12:09:00')),
        counts: { PENDING: 1, QUEUED: 0, COMPLETED: 0, DECLINED: 0, FAILED: 0 },
        total: 1,
      },
    ]);
  });

  it('defaults to ten minutes', () => {
    expect(bucketOrdersByMinute([], { now: NOW })).toHaveLength(10);
  });

  it.each([0, -1, 1.5, 1441, Number.NaN])('refuses %p minutes', (minutes) => {
    expect(() => bucketOrdersByMinute([], { now: NOW, minutes })).toThrow(/minutes must be a whole number/);
  });

  it('refuses a now that is not a time', () => {
    expect(() => bucketOrdersByMinute([], { now: Number.NaN })).toThrow(/now must be epoch milliseconds/);
  });
});

describe('statusTime', () => {
  it('prefers updatedAt, then createdAt', () => {
    expect(statusTime({ createdAt: at('10:00:00'), updatedAt: at('10:01:00') })).toBe(
      Date.parse(at('10:01:00')),
    );
    expect(statusTime({ createdAt: at('10:00:00'), updatedAt: '' })).toBe(Date.parse(at('10:00:00')));
    expect(statusTime({ createdAt: 'x', updatedAt: 'y' })).toBeUndefined();
  });
});
