import type { Logger } from '@aws-lambda-powertools/logger';
import type { ProductListing } from '@unstoppable/core';
import { jsonResult } from '../http/api-response';
import type { Route } from '../http/router';
import type { ProductCatalog } from './product-catalog';

export interface ProductRouteDeps {
  readonly catalog: ProductCatalog;
  readonly logger: Logger;
}

/** `GET /products` (public: the store lists the catalog from it). */
export function productRoutes(deps: ProductRouteDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/products',
      handler: async () => {
        const { products, skipped } = await deps.catalog.list();
        // A hand-edited item that is not a valid product must not break the store: leave it out, say so.
        if (skipped.length > 0) deps.logger.warn('products left out of the catalog', { skus: skipped });
        const listing: ProductListing = { items: products };
        return jsonResult(200, listing);
      },
    },
  ];
}
