import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { PRODUCT_ATTRIBUTES as A, type Product, parseProductItem } from '@unstoppable/core';

/** The catalog as read: the products that can be ordered, and the SKUs of items that could not be read. */
export interface CatalogRead {
  readonly products: Product[];
  /** SKUs (or `(no sku)`) of stored items that are not valid products; they are left out. */
  readonly skipped: string[];
}

/** Sorted by name, then SKU, so the order is stable whatever order DynamoDB returns. */
const byName = (a: Product, b: Product) => a.name.localeCompare(b.name, 'en') || a.sku.localeCompare(b.sku);

/** The products table (seeded with the demo catalog by infra and by the local stack). */
export class ProductCatalog {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /**
   * Every product, sorted by name. A Scan is fine here: the catalog is a handful of items, read
   * whole (no index could serve "all items" more cheaply); a large catalog would need pages.
   */
  async list(): Promise<CatalogRead> {
    const products: Product[] = [];
    const skipped: string[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new ScanCommand({ TableName: this.tableName, ExclusiveStartKey: startKey }),
      );
      for (const item of page.Items ?? []) {
        const product = parseProductItem(item);
        if (product) products.push(product);
        else skipped.push(typeof item[A.sku] === 'string' ? String(item[A.sku]) : '(no sku)');
      }
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { products: products.sort(byName), skipped };
  }
}
