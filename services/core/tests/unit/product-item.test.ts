import { DEMO_CATALOG, PRODUCT_ATTRIBUTES, parseProductItem, productItem, TABLES } from '../../src';

/** DynamoDB JSON -> plain values, as the document client unmarshalls a product item. */
const unmarshall = (item: object) =>
  Object.fromEntries(
    Object.entries(item).map(([name, value]) => [name, value.N !== undefined ? Number(value.N) : value.S]),
  );

const mug = { sku: 'MUG-RETRY', name: 'Retry Queue Mug', unitPrice: 1200, currency: 'EUR' } as const;

describe('productItem', () => {
  it('writes a product in DynamoDB JSON, the price as a number', () => {
    expect(productItem(mug)).toEqual({
      sku: { S: 'MUG-RETRY' },
      name: { S: 'Retry Queue Mug' },
      unitPrice: { N: '1200' },
      currency: { S: 'EUR' },
    });
  });

  it('uses the attribute names of PRODUCT_ATTRIBUTES, keyed by the table partition key', () => {
    expect(Object.keys(productItem(mug)).sort()).toEqual(Object.values(PRODUCT_ATTRIBUTES).sort());
    expect(productItem(mug)).toHaveProperty(TABLES.products.partitionKey, { S: mug.sku });
  });
});

describe('parseProductItem', () => {
  it('reads back every product of the demo catalog as it was', () => {
    for (const product of DEMO_CATALOG) {
      expect(parseProductItem(unmarshall(productItem(product)))).toEqual(product);
    }
  });

  it('gives each demo product its own SKU', () => {
    const skus = DEMO_CATALOG.map((product) => product.sku);
    expect(new Set(skus).size).toBe(skus.length);
  });

  it('keeps only the product fields of a stored item', () => {
    expect(parseProductItem({ ...mug, updatedBy: 'ops', stock: 3 })).toEqual(mug);
  });

  it.each([
    ['a SKU the order schema refuses', { sku: 'mug retry' }],
    ['no SKU', { sku: undefined }],
    ['an empty name', { name: ' ' }],
    ['a fractional price', { unitPrice: 12.5 }],
    ['a price of zero', { unitPrice: 0 }],
    ['a price stored as text', { unitPrice: '1200' }],
    ['an unknown currency', { currency: 'XXX' }],
  ])('refuses an item with %s', (_case, change) => {
    expect(parseProductItem({ ...mug, ...change })).toBeUndefined();
  });
});
