import { CURRENCY_EXPONENTS } from './currencies';
import type { Product } from './demo-catalog';
import { SKU_PATTERN } from './order-schema';
import { PRODUCT_ATTRIBUTES as A } from './tables';

/**
 * A product item of the `products` table in DynamoDB JSON: the format of the low-level API's
 * `PutItem` and of Terraform's `aws_dynamodb_table_item`, so the local stack and infra seed the
 * very same items.
 */
export interface ProductItemAttributes {
  readonly [A.sku]: { readonly S: string };
  readonly [A.name]: { readonly S: string };
  /** DynamoDB numbers travel as strings. */
  readonly [A.unitPrice]: { readonly N: string };
  readonly [A.currency]: { readonly S: string };
}

/**
 * The item that stores a product, in DynamoDB JSON.
 *
 * @example
 * productItem({ sku: 'MUG-RETRY', name: 'Retry Queue Mug', unitPrice: 1200, currency: 'EUR' });
 * // { sku: { S: 'MUG-RETRY' }, name: { S: 'Retry Queue Mug' }, unitPrice: { N: '1200' }, currency: { S: 'EUR' } }
 */
export function productItem(product: Product): ProductItemAttributes {
  return {
    [A.sku]: { S: product.sku },
    [A.name]: { S: product.name },
    [A.unitPrice]: { N: String(product.unitPrice) },
    [A.currency]: { S: product.currency },
  };
}

const isCurrency = (value: unknown): value is Product['currency'] =>
  typeof value === 'string' && Object.hasOwn(CURRENCY_EXPONENTS, value);

/**
 * A stored product item (as the document client returns it: `unitPrice` a number) as a `Product`,
 * keeping only the product's fields; `undefined` when the item could not be ordered as it is
 * (a SKU the order schema refuses, no name, a price that is not a positive whole number of minor
 * units, an unknown currency), e.g. after a hand edit of the table.
 */
export function parseProductItem(item: Readonly<Record<string, unknown>>): Product | undefined {
  const sku = item[A.sku];
  const name = item[A.name];
  const unitPrice = item[A.unitPrice];
  const currency = item[A.currency];
  if (typeof sku !== 'string' || !SKU_PATTERN.test(sku)) return undefined;
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  if (typeof unitPrice !== 'number' || !Number.isSafeInteger(unitPrice) || unitPrice <= 0) return undefined;
  if (!isCurrency(currency)) return undefined;
  return { sku, name, unitPrice, currency };
}
