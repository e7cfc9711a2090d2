import type { Product } from '@unstoppable/core';
import { PRICE_LIST_TTL_MS, PriceList } from '../../src/products/price-list';

const mug = (unitPrice: number): Product => ({ sku: 'MUG-RETRY', name: 'Mug', unitPrice, currency: 'EUR' });

describe('PriceList', () => {
  it('reads the catalog once per TTL and sees a price change after it', async () => {
    let clock = 0;
    let price = 1200;
    const list = jest.fn(async () => ({ products: [mug(price)], skipped: [] }));
    const prices = new PriceList({ list }, () => clock);

    expect((await prices.bySku()).get('MUG-RETRY')?.unitPrice).toBe(1200);
    price = 1300;
    clock = PRICE_LIST_TTL_MS - 1;
    expect((await prices.bySku()).get('MUG-RETRY')?.unitPrice).toBe(1200);
    expect(list).toHaveBeenCalledTimes(1);
    clock = PRICE_LIST_TTL_MS;
    expect((await prices.bySku()).get('MUG-RETRY')?.unitPrice).toBe(1300);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('does not cache a failed read', async () => {
    const list = jest
      .fn<Promise<{ products: Product[]; skipped: string[] }>, []>()
      .mockRejectedValueOnce(new Error('throttled'))
      .mockResolvedValueOnce({ products: [mug(1200)], skipped: [] });
    const prices = new PriceList({ list }, () => 0);
    await expect(prices.bySku()).rejects.toThrow('throttled');
    expect((await prices.bySku()).has('MUG-RETRY')).toBe(true);
  });
});
