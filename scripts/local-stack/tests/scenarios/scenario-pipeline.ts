import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  type ChaosConfig,
  CIRCUIT_IDS,
  type OrderWorkflowInput,
  type WorkflowOrder,
} from '@unstoppable/core';
import type { WorkflowSettings } from '@unstoppable/state-machine';
import { type PaymentPipeline, startPaymentPipeline } from '../../src';

/** Fast timings: a scenario runs in well under a second of workflow time. */
export const SCENARIO_SETTINGS: WorkflowSettings = {
  failureThreshold: 3,
  successThreshold: 1,
  cooldownSeconds: 2,
  cooldownCapSeconds: 8,
  probeLeaseSeconds: 10,
  probeWatchRounds: 5,
  retryDelaySeconds: 30,
  maxAttempts: 3,
  paymentTimeoutSeconds: 2,
};

/** Wait and Retry intervals run at 1/50 of their declared time (2 s cool-down = 40 ms). */
export const SCENARIO_TIME_SCALE = 0.02;

/** A started pipeline plus the probes the scenarios assert with. */
export class Scenario {
  private readonly documents: DynamoDBDocumentClient;
  private sequence = 0;

  private constructor(readonly pipeline: PaymentPipeline) {
    this.documents = DynamoDBDocumentClient.from(pipeline.runtime.dynamodb.client);
  }

  static async start(settings: WorkflowSettings = {}): Promise<Scenario> {
    const pipeline = await startPaymentPipeline({
      prefix: 'scn',
      timeScale: SCENARIO_TIME_SCALE,
      workflowSettings: { ...SCENARIO_SETTINGS, ...settings },
      chaosCacheTtlMs: 0,
    });
    return new Scenario(pipeline);
  }

  get runtime() {
    return this.pipeline.runtime;
  }

  /** Stores a PENDING order (as the order API does) of one item worth `amount`. */
  async createOrder(overrides: { readonly amount?: number } = {}): Promise<WorkflowOrder> {
    this.sequence += 1;
    const amount = overrides.amount ?? 2500;
    const orderId = `scn-order-${String(this.sequence).padStart(4, '0')}-${Math.random().toString(36).slice(2, 8)}`;
    return this.pipeline.storeOrder(orderId, {
      customer: { id: `cust-${this.sequence}`, email: `c${this.sequence}@example.com` },
      items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: amount }],
      amount,
      currency: 'EUR',
      paymentToken: 'tok_scenario0001',
    });
  }

  startOrder(order: WorkflowOrder, attempt = order.attempt): string {
    return this.pipeline.startOrder(order, attempt);
  }

  /** Starts the cool-down workflow for a trip, named by the trip as the order workflow names it. */
  startCooldown(tripId: string, consecutiveOpens = 1): string {
    return this.runtime.stepFunctions.startExecution({
      stateMachineArn: this.pipeline.cooldownStateMachineArn,
      name: tripId,
      input: { circuitId: CIRCUIT_IDS.paymentGateway, tripId, consecutiveOpens },
    }).executionArn;
  }

  async runOrder(order: WorkflowOrder, attempt = order.attempt) {
    return this.runtime.stepFunctions.waitForExecution(this.startOrder(order, attempt), {
      timeoutMs: 20_000,
    });
  }

  async order(orderId: string): Promise<Record<string, unknown>> {
    const { Item } = await this.documents.send(
      new GetCommand({ TableName: this.runtime.tables.orders, Key: { orderId }, ConsistentRead: true }),
    );
    if (!Item) throw new Error(`order ${orderId} not found`);
    return Item;
  }

  async circuit(): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.runtime.tables.circuit,
        Key: { circuitId: CIRCUIT_IDS.paymentGateway },
        ConsistentRead: true,
      }),
    );
    return Item;
  }

  async putCircuit(item: Record<string, unknown>): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.runtime.tables.circuit,
        Item: {
          circuitId: CIRCUIT_IDS.paymentGateway,
          failures: 0,
          consecutiveOpens: 0,
          probeSuccesses: 0,
          ...item,
        },
      }),
    );
  }

  /** Resets the circuit as an admin does (the order API's reset). */
  async resetCircuit(): Promise<void> {
    await this.documents.send(
      new UpdateCommand({
        TableName: this.runtime.tables.circuit,
        Key: { circuitId: CIRCUIT_IDS.paymentGateway },
        UpdateExpression:
          'SET #state = :closed, failures = :zero, consecutiveOpens = :zero, probeSuccesses = :zero REMOVE tripId, probeOwner, openedAt',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':closed': 'CLOSED', ':zero': 0 },
      }),
    );
  }

  setChaos(chaos: Partial<ChaosConfig>): Promise<void> {
    return this.pipeline.setChaos(chaos);
  }

  adminAlerts() {
    return this.runtime.topics.outbox(this.runtime.adminTopicArn);
  }

  customerNotifications() {
    return this.runtime.topics.outbox(this.runtime.customerTopicArn);
  }

  /** Bodies of the messages in the retry queue, parsed, with their delay. */
  queuedMessages(): { body: OrderWorkflowInput; delayMs: number }[] {
    return this.runtime.retryQueue.snapshot().messages.map((message) => ({
      body: JSON.parse(message.body) as OrderWorkflowInput,
      delayMs: message.visibleAt - message.sentTimestamp,
    }));
  }

  cooldownExecutions() {
    return this.runtime.stepFunctions.listExecutions({
      stateMachineArn: this.pipeline.cooldownStateMachineArn,
    });
  }

  async ledgerFor(orderId: string) {
    return (await this.pipeline.worker.ledger.entries()).filter((entry) => entry.orderId === orderId);
  }

  async idle(): Promise<void> {
    await this.runtime.stepFunctions.waitForIdle({ timeoutMs: 30_000 });
    await this.runtime.topics.flush();
  }

  end(): Promise<void> {
    return this.pipeline.end();
  }
}

/** Admin alerts announcing a trip (CLOSED -> OPEN). */
export function tripAlerts(scenario: Scenario) {
  return scenario.adminAlerts().filter((alert) => alert.Subject === 'Payment gateway circuit OPEN');
}

/** Polls `condition` every 10 ms until it holds (fails after `timeoutMs`). */
export async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
