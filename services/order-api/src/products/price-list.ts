import type { Product } from '@unstoppable/core';
import type { ProductCatalog } from './product-catalog';

/** How long a read of the catalog serves order pricing: a price change applies within this time. */
export const PRICE_LIST_TTL_MS = 60_000;

/**
 * The catalog's prices by SKU for `POST /orders`, read whole and kept for `ttlMs` per container,
 * so placing an order costs no catalog read in the common case. A failed read is not cached.
 */
export class PriceList {
  private cached?: { readonly bySku: ReadonlyMap<string, Product>; readonly readAt: number };

  constructor(
    private readonly catalog: Pick<ProductCatalog, 'list'>,
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = PRICE_LIST_TTL_MS,
  ) {}

  async bySku(): Promise<ReadonlyMap<string, Product>> {
    const at = this.now();
    if (this.cached && at - this.cached.readAt < this.ttlMs) return this.cached.bySku;
    const { products } = await this.catalog.list();
    const bySku = new Map(products.map((product) => [product.sku, product]));
    this.cached = { bySku, readAt: at };
    return bySku;
  }
}
