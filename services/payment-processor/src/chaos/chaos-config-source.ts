import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { CHAOS_CONFIG_ID, type ChaosConfig, chaosConfigSchema, NO_CHAOS } from '@unstoppable/core';

export interface ChaosConfigSourceOptions {
  /** Milliseconds a value read is reused before the table is read again. */
  readonly ttlMs: number;
  /**
   * Clock, for tests.
   * @default Date.now
   */
  readonly now?: () => number;
  /** Called when the stored item cannot be read or is malformed; the last good value is kept. */
  readonly onReadError?: (error: unknown) => void;
}

/**
 * Reads the chaos settings from the runtime-config table with a short cache, so an admin's
 * change takes effect within `ttlMs` without a read per payment. A missing item means no chaos.
 */
export class ChaosConfigSource {
  private readonly documents: DynamoDBDocumentClient;
  private readonly now: () => number;
  private cached?: { value: ChaosConfig; readAt: number };

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
    private readonly options: ChaosConfigSourceOptions,
  ) {
    this.documents = DynamoDBDocumentClient.from(client);
    this.now = options.now ?? Date.now;
  }

  async current(): Promise<ChaosConfig> {
    const now = this.now();
    if (this.cached && now - this.cached.readAt < this.options.ttlMs) return this.cached.value;
    try {
      const value = await this.read();
      this.cached = { value, readAt: now };
      return value;
    } catch (error) {
      this.options.onReadError?.(error);
      return this.cached?.value ?? NO_CHAOS;
    }
  }

  private async read(): Promise<ChaosConfig> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: { configId: CHAOS_CONFIG_ID } }),
    );
    if (!Item) return NO_CHAOS;
    return chaosConfigSchema.parse(Item.value);
  }
}
