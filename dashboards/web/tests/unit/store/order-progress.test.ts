import { describeOrderProgress } from '../../../src/store/order-progress';

describe('describeOrderProgress', () => {
  it('keeps polling while PENDING or QUEUED and stops at a final status', () => {
    expect(describeOrderProgress({ status: 'PENDING' }).final).toBe(false);
    expect(describeOrderProgress({ status: 'QUEUED' }).final).toBe(false);
    for (const status of ['COMPLETED', 'DECLINED', 'FAILED'] as const) {
      expect(describeOrderProgress({ status }).final).toBe(true);
    }
  });

  it('tells a queued shopper the payment will be taken automatically when the provider is back', () => {
    const progress = describeOrderProgress({ status: 'QUEUED', lastError: 'GatewayUnavailable' });
    expect(progress.tone).toBe('waiting');
    expect(progress.message).toContain('the payment will be taken automatically when the provider is back');
  });

  it('gives the decline reason', () => {
    const progress = describeOrderProgress({ status: 'DECLINED', declineReason: 'insufficient funds' });
    expect(progress.tone).toBe('problem');
    expect(progress.headline).toBe('Payment declined');
    expect(progress.message).toContain('declined: insufficient funds');
  });

  it('explains a failure with the last error', () => {
    const progress = describeOrderProgress({ status: 'FAILED', lastError: 'GatewayTimeout' });
    expect(progress.message).toContain('Last error: GatewayTimeout');
    expect(progress.message).toContain('not been charged');
  });

  it('celebrates a completed order', () => {
    expect(describeOrderProgress({ status: 'COMPLETED' })).toMatchObject({ tone: 'success', final: true });
  });
});
