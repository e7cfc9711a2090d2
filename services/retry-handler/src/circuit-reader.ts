import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { CIRCUIT_ATTRIBUTES as A, CIRCUIT_IDS, type CircuitId, CircuitState } from '@unstoppable/core';

/** Reads the state of one circuit (consistent read); a missing item is CLOSED. */
export class CircuitReader {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly circuitId: CircuitId = CIRCUIT_IDS.paymentGateway,
  ) {}

  async state(): Promise<CircuitState> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [A.circuitId]: this.circuitId },
        ConsistentRead: true,
        ProjectionExpression: '#state',
        ExpressionAttributeNames: { '#state': A.state },
      }),
    );
    return (Item?.[A.state] as CircuitState | undefined) ?? CircuitState.CLOSED;
  }
}
