import { CatalogRule, type FieldError, formatPath, type OrderInput, type Product } from '@unstoppable/core';

/**
 * The fields of an order that disagree with the catalog: an unknown SKU, a unit price other than
 * the catalog's, an order currency other than the product's. The client's prices are never
 * trusted; the amount (the sum of the items, checked by the schema) follows from them.
 * @example priceErrors({ items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1 }], ... }, prices)
 * // [{ field: 'items[0].unitPrice', rule: 'price_mismatch', message: 'must be the catalog price 1200' }]
 */
export function priceErrors(
  order: Pick<OrderInput, 'items' | 'currency'>,
  prices: ReadonlyMap<string, Product>,
): FieldError[] {
  const errors: FieldError[] = [];
  order.items.forEach((item, index) => {
    const product = prices.get(item.sku);
    if (!product) {
      errors.push({
        field: formatPath(['items', index, 'sku']),
        rule: CatalogRule.unknownSku,
        message: `${item.sku} is not in the catalog (GET /products lists it)`,
      });
      return;
    }
    if (product.currency !== order.currency) {
      errors.push({
        field: 'currency',
        rule: CatalogRule.currencyMismatch,
        message: `must be ${product.currency}, the currency of ${item.sku} (items[${index}])`,
      });
    } else if (product.unitPrice !== item.unitPrice) {
      errors.push({
        field: formatPath(['items', index, 'unitPrice']),
        rule: CatalogRule.priceMismatch,
        message: `must be the catalog price ${product.unitPrice}`,
      });
    }
  });
  return errors;
}
