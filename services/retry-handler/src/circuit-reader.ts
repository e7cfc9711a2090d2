import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  CIRCUIT_ATTRIBUTES as A,
  blocksCalls,
  CIRCUIT_IDS,
  type CircuitId,
  CircuitState,
} from '@unstoppable/core';

/** What the retry handler needs of the circuit item. */
export interface CircuitView {
  readonly state: CircuitState;
  /** The execution holding the HALF_OPEN probe, if any. */
  readonly probeOwner?: string;
}

/** Reads one circuit's state and probe owner (consistent read); a missing item is CLOSED. */
export class CircuitReader {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly circuitId: CircuitId = CIRCUIT_IDS.paymentGateway,
  ) {}

  async read(): Promise<CircuitView> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [A.circuitId]: this.circuitId },
        ConsistentRead: true,
        ProjectionExpression: '#state, #probeOwner',
        ExpressionAttributeNames: { '#state': A.state, '#probeOwner': A.probeOwner },
      }),
    );
    const state = (Item?.[A.state] as CircuitState | undefined) ?? CircuitState.CLOSED;
    const probeOwner = Item?.[A.probeOwner];
    return typeof probeOwner === 'string' && probeOwner !== '' ? { state, probeOwner } : { state };
  }
}

/**
 * True while an execution started now could only queue its order again, one attempt later: the
 * circuit blocks calls (OPEN / FORCED_OPEN), or it is HALF_OPEN and another execution holds the
 * probe (the loser of the probe claim queues). Re-delaying instead keeps the attempt.
 */
export function holdsBackRetries(circuit: CircuitView): boolean {
  if (blocksCalls(circuit.state)) return true;
  return circuit.state === CircuitState.HALF_OPEN && circuit.probeOwner !== undefined;
}
