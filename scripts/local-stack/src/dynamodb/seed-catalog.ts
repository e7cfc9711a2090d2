import {
  ConditionalCheckFailedException,
  type DynamoDBClient,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { DEMO_CATALOG, PRODUCT_ATTRIBUTES, type Product, productItem } from '@unstoppable/core';

/**
 * Puts each product of `catalog` into the products table, only where no item has its SKU yet
 * (condition `attribute_not_exists(sku)`), as `productItem` stores it (the items infra seeds on
 * AWS). A store kept on disk (`--data`) therefore keeps every item edited since, and a restart
 * writes nothing twice; a product deleted by hand comes back at the next start. Returns the SKUs
 * it added.
 */
export async function seedCatalog(
  client: DynamoDBClient,
  tableName: string,
  catalog: readonly Product[] = DEMO_CATALOG,
): Promise<string[]> {
  const added: string[] = [];
  for (const product of catalog) {
    try {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: { ...productItem(product) },
          ConditionExpression: 'attribute_not_exists(#sku)',
          ExpressionAttributeNames: { '#sku': PRODUCT_ATTRIBUTES.sku },
        }),
      );
      added.push(product.sku);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }
  return added;
}
