import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { GatewayChargeRequest, GatewayOutcome } from './payment-gateway';

/** One row of the simulated gateway's ledger: what it did for one idempotency key. */
export interface LedgerEntry {
  readonly idempotencyKey: string;
  readonly orderId: string;
  readonly chargeId: string;
  readonly outcome: GatewayOutcome['outcome'];
  readonly declineReason?: string;
  readonly amount: number;
  readonly currency: string;
  readonly createdAt: string;
  /** Requests seen for this key (1 + replays). */
  readonly requests: number;
}

/**
 * The simulated gateway's ledger in DynamoDB, so every process (and every Lambda container)
 * shares it: the first request for a key writes the outcome; later ones replay it.
 */
export class ChargeLedger {
  private readonly documents: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient,
    private readonly tableName: string,
  ) {
    this.documents = DynamoDBDocumentClient.from(client);
  }

  /** Outcome recorded for this key, not counted as a request; undefined for a new key. */
  async find(idempotencyKey: string): Promise<LedgerEntry | undefined> {
    const found = await this.documents.send(
      new GetCommand({ TableName: this.tableName, Key: { idempotencyKey }, ConsistentRead: true }),
    );
    return found.Item as LedgerEntry | undefined;
  }

  /** Outcome already recorded for this key, counting the replay; undefined for a new key. */
  async replay(idempotencyKey: string): Promise<LedgerEntry | undefined> {
    if (!(await this.find(idempotencyKey))) return undefined;
    const updated = await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { idempotencyKey },
        UpdateExpression: 'ADD requests :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return updated.Attributes as LedgerEntry;
  }

  /** Records a new outcome; if a concurrent request won the race, returns that one instead. */
  async record(request: GatewayChargeRequest, outcome: GatewayOutcome, at: Date): Promise<LedgerEntry> {
    const entry: LedgerEntry = {
      idempotencyKey: request.idempotencyKey,
      orderId: request.orderId,
      chargeId: outcome.chargeId,
      outcome: outcome.outcome,
      ...(outcome.outcome === 'DECLINED' ? { declineReason: outcome.declineReason } : {}),
      amount: request.amount,
      currency: request.currency,
      createdAt: at.toISOString(),
      requests: 1,
    };
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: entry,
          ConditionExpression: 'attribute_not_exists(idempotencyKey)',
        }),
      );
      return entry;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const winner = await this.replay(request.idempotencyKey);
      if (!winner) throw error;
      return winner;
    }
  }

  /** Every entry (for tests, the drill and double-charge counting). */
  async entries(): Promise<LedgerEntry[]> {
    const entries: LedgerEntry[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new ScanCommand({ TableName: this.tableName, ExclusiveStartKey: startKey }),
      );
      entries.push(...((page.Items ?? []) as LedgerEntry[]));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return entries;
  }
}

/** Orders with more than one captured charge: must always be empty. */
export function doubleCharges(entries: readonly LedgerEntry[]): string[] {
  const captured = new Map<string, number>();
  for (const entry of entries) {
    if (entry.outcome === 'CAPTURED') captured.set(entry.orderId, (captured.get(entry.orderId) ?? 0) + 1);
  }
  return [...captured].filter(([, count]) => count > 1).map(([orderId]) => orderId);
}
