import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  RUNTIME_CONFIG_ATTRIBUTES as A,
  CHAOS_CONFIG_ID,
  type ChaosConfig,
  type ChaosView,
  NO_CHAOS,
} from '@unstoppable/core';

type StoredChaos = { value?: Partial<ChaosConfig>; updatedAt?: string; updatedBy?: string };

const toView = (item: StoredChaos | undefined): ChaosView => ({
  value: { ...NO_CHAOS, ...item?.value },
  ...(item?.updatedAt ? { updatedAt: item.updatedAt } : {}),
  ...(item?.updatedBy ? { updatedBy: item.updatedBy } : {}),
});

/** The chaos item of the runtime-config table (read by the payment worker through a short cache). */
export class ChaosRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async read(): Promise<ChaosView> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [A.configId]: CHAOS_CONFIG_ID },
        ConsistentRead: true,
      }),
    );
    return toView(Item as StoredChaos | undefined);
  }

  /**
   * Merges a patch into the stored settings field by field (`SET value.<field>`), so two admins
   * changing different fields at once both win. The first write stores the full settings.
   */
  async merge(patch: Partial<ChaosConfig>, actor: string, at: Date): Promise<ChaosView> {
    const updatedAt = at.toISOString();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        return await this.updateFields(patch, actor, updatedAt);
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
      try {
        const item = {
          [A.configId]: CHAOS_CONFIG_ID,
          value: { ...NO_CHAOS, ...patch },
          updatedAt,
          updatedBy: actor,
        };
        await this.documents.send(
          new PutCommand({
            TableName: this.tableName,
            Item: item,
            ConditionExpression: 'attribute_not_exists(#value)',
            ExpressionAttributeNames: { '#value': A.value },
          }),
        );
        return toView(item);
      } catch (error) {
        // Another admin created the settings between the two writes: merge into theirs.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    }
    throw new Error('chaos settings kept changing under the merge; try again');
  }

  private async updateFields(
    patch: Partial<ChaosConfig>,
    actor: string,
    updatedAt: string,
  ): Promise<ChaosView> {
    const fields = Object.entries(patch).filter(([, value]) => value !== undefined);
    const names: Record<string, string> = {
      '#value': A.value,
      '#updatedAt': A.updatedAt,
      '#updatedBy': A.updatedBy,
    };
    const values: Record<string, unknown> = { ':updatedAt': updatedAt, ':updatedBy': actor };
    const sets = fields.map(([field, value], index) => {
      names[`#f${index}`] = field;
      values[`:f${index}`] = value;
      return `#value.#f${index} = :f${index}`;
    });
    const { Attributes } = await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [A.configId]: CHAOS_CONFIG_ID },
        UpdateExpression: `SET ${[...sets, '#updatedAt = :updatedAt', '#updatedBy = :updatedBy'].join(', ')}`,
        ConditionExpression: 'attribute_exists(#value)',
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toView(Attributes as StoredChaos);
  }
}
