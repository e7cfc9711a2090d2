import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  CIRCUIT_ATTRIBUTES as A,
  CIRCUIT_IDS,
  type CircuitId,
  type CircuitItem,
  CircuitState,
  closedCircuit,
} from '@unstoppable/core';

/** What the API shows of a circuit item (allow-list of `CircuitItem` fields). */
export function toCircuitView(item: CircuitItem): CircuitItem {
  const optional = (key: keyof CircuitItem) => (item[key] !== undefined ? { [key]: item[key] } : {});
  return {
    circuitId: item.circuitId,
    state: item.state,
    failures: item.failures ?? 0,
    consecutiveOpens: item.consecutiveOpens ?? 0,
    probeSuccesses: item.probeSuccesses ?? 0,
    ...optional('tripId'),
    ...optional('openedAt'),
    ...optional('probeOwner'),
    ...optional('probeClaimedAt'),
    ...optional('updatedAt'),
    ...optional('updatedBy'),
    ...optional('reason'),
  };
}

const names = (...keys: (keyof typeof A)[]) => Object.fromEntries(keys.map((key) => [`#${key}`, A[key]]));

/** The circuit item of one protected dependency: reads, and the two admin overrides. */
export class CircuitRepository {
  constructor(
    private readonly documents: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly circuitId: CircuitId = CIRCUIT_IDS.paymentGateway,
  ) {}

  /** The current item (consistent read); a missing item is CLOSED. */
  async read(): Promise<CircuitItem> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { [A.circuitId]: this.circuitId },
        ConsistentRead: true,
      }),
    );
    return toCircuitView((Item as CircuitItem | undefined) ?? closedCircuit(this.circuitId));
  }

  /** Admin reset: CLOSED, counters cleared, probe and trip removed (a running cool-down is fenced off). */
  async reset(actor: string, at: Date): Promise<CircuitItem> {
    return this.update(
      'SET #state = :state, #failures = :zero, #consecutiveOpens = :zero, #probeSuccesses = :zero, ' +
        '#updatedAt = :at, #updatedBy = :actor ' +
        'REMOVE #tripId, #openedAt, #probeOwner, #probeClaimedAt, #reason',
      { ':state': CircuitState.CLOSED, ':zero': 0, ':at': at.toISOString(), ':actor': actor },
    );
  }

  /**
   * Admin force-open (planned maintenance): FORCED_OPEN with a fresh `tripId`, so no cool-down of
   * an earlier trip can move it to HALF_OPEN; only a reset ends it.
   */
  async forceOpen(actor: string, at: Date, tripId: string, reason?: string): Promise<CircuitItem> {
    const now = at.toISOString();
    const values: Record<string, unknown> = {
      ':state': CircuitState.FORCED_OPEN,
      ':tripId': tripId,
      ':at': now,
      ':zero': 0,
      ':actor': actor,
    };
    const set = [
      '#state = :state',
      '#tripId = :tripId',
      '#openedAt = :at',
      '#failures = :zero',
      '#probeSuccesses = :zero',
      '#consecutiveOpens = if_not_exists(#consecutiveOpens, :zero)',
      '#updatedAt = :at',
      '#updatedBy = :actor',
    ];
    const remove = ['#probeOwner', '#probeClaimedAt'];
    if (reason === undefined) remove.push('#reason');
    else {
      set.push('#reason = :reason');
      values[':reason'] = reason;
    }
    return this.update(`SET ${set.join(', ')} REMOVE ${remove.join(', ')}`, values);
  }

  private async update(expression: string, values: Record<string, unknown>): Promise<CircuitItem> {
    const used = (Object.keys(A) as (keyof typeof A)[]).filter((key) =>
      new RegExp(`#${key}\\b`).test(expression),
    );
    const { Attributes } = await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { [A.circuitId]: this.circuitId },
        UpdateExpression: expression,
        ExpressionAttributeNames: names(...used),
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toCircuitView(Attributes as CircuitItem);
  }
}
