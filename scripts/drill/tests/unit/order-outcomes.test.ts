import { ledgerMismatch, orderOutcomes } from '../../src';
import { captured, order } from '../support/record-fixture';

describe('ledgerMismatch', () => {
  it('accepts a COMPLETED order with its own capture, a DECLINED one with a decline, a FAILED one never charged', () => {
    expect(ledgerMismatch(order('a'), captured('a'))).toBeUndefined();
    expect(
      ledgerMismatch(order('b', { status: 'DECLINED', chargeId: undefined }), {
        orderId: 'b',
        outcome: 'DECLINED',
        chargeId: 'ch-x',
        requests: 1,
      }),
    ).toBeUndefined();
    expect(ledgerMismatch(order('c', { status: 'FAILED', chargeId: undefined }), undefined)).toBeUndefined();
  });

  it('flags a COMPLETED order without its capture, or with another charge', () => {
    expect(ledgerMismatch(order('a'), undefined)).toBe('COMPLETED without its capture in the ledger');
    expect(ledgerMismatch(order('a'), captured('a', 'ch-other'))).toBe(
      'COMPLETED without its capture in the ledger',
    );
  });

  it('flags an order the gateway charged that did not end COMPLETED', () => {
    expect(ledgerMismatch(order('a', { status: 'FAILED' }), captured('a'))).toBe('charged but not COMPLETED');
    expect(ledgerMismatch(order('a', { status: 'DECLINED' }), captured('a'))).toBe(
      'charged but not COMPLETED',
    );
    expect(ledgerMismatch(order('a', { status: 'QUEUED' }), captured('a'))).toBe('charged but not COMPLETED');
  });

  it('flags a DECLINED order the gateway never declined', () => {
    expect(ledgerMismatch(order('a', { status: 'DECLINED' }), undefined)).toBe(
      'DECLINED without a decline in the ledger',
    );
  });
});

describe('orderOutcomes', () => {
  it('counts the placed orders by final status and lists the lost ones with why', () => {
    const outcomes = orderOutcomes(
      ['ok', 'declined', 'failed', 'queued', 'missing', 'charged-failed'],
      [
        order('ok'),
        order('declined', { status: 'DECLINED' }),
        order('failed', { status: 'FAILED' }),
        order('queued', { status: 'QUEUED' }),
        order('charged-failed', { status: 'FAILED' }),
        order('not-placed'),
      ],
      [
        captured('ok'),
        { orderId: 'declined', outcome: 'DECLINED', chargeId: 'ch-d', requests: 1 },
        captured('charged-failed'),
      ],
    );
    expect(outcomes).toEqual({
      placed: 6,
      completed: 1,
      declined: 1,
      failed: 2,
      lost: [
        { orderId: 'queued', status: 'QUEUED', reason: 'not final' },
        { orderId: 'missing', reason: 'missing' },
        { orderId: 'charged-failed', status: 'FAILED', reason: 'charged but not COMPLETED' },
      ],
    });
  });
});
