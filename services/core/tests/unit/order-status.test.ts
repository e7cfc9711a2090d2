import {
  canTransition,
  FINAL_STATUSES,
  isFinalStatus,
  ORDER_STATUSES,
  type OrderStatus,
  statusesLeadingTo,
} from '../../src';

describe('order status transitions', () => {
  const expected: Array<[OrderStatus, OrderStatus, boolean]> = [
    ['PENDING', 'COMPLETED', true],
    ['PENDING', 'DECLINED', true],
    ['PENDING', 'QUEUED', true],
    ['PENDING', 'FAILED', true],
    ['QUEUED', 'COMPLETED', true],
    ['QUEUED', 'QUEUED', true],
    ['QUEUED', 'FAILED', true],
    ['QUEUED', 'PENDING', false],
    ['COMPLETED', 'QUEUED', false],
    ['COMPLETED', 'FAILED', false],
    ['DECLINED', 'COMPLETED', false],
    ['FAILED', 'QUEUED', false],
    ['FAILED', 'COMPLETED', false],
  ];

  it.each(expected)('%s -> %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it('treats COMPLETED, DECLINED and FAILED as final', () => {
    expect([...FINAL_STATUSES].sort()).toEqual(['COMPLETED', 'DECLINED', 'FAILED']);
    expect(isFinalStatus('QUEUED')).toBe(false);
  });

  it('lets nothing leave a final status', () => {
    for (const from of FINAL_STATUSES) {
      for (const to of ORDER_STATUSES) expect(canTransition(from, to)).toBe(false);
    }
  });

  it('lists the statuses that lead to COMPLETED', () => {
    expect(statusesLeadingTo('COMPLETED')).toEqual(['PENDING', 'QUEUED']);
  });
});
