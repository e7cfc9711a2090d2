import { DynamoDBDocumentClient, GetCommand, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { CIRCUIT_IDS, DEMO_PAYMENT_TOKEN, type Order } from '@unstoppable/core';
import { type LocalStack, type PaymentPipeline, startPaymentPipeline } from '@unstoppable/local-stack';
import { ApiClient } from '@unstoppable/ops-cli';
import { type FaultContext, TaskJournal } from '../../src';

/**
 * The payment pipeline without HTTP or the retry poller (so a test sees the retry queue as the
 * workflow left it), seen as the part of a LocalStack the fault injectors use.
 */
export class TestPipeline {
  readonly journal = new TaskJournal();
  readonly documents: DynamoDBDocumentClient;
  private sequence = 0;

  private constructor(readonly pipeline: PaymentPipeline) {
    this.documents = DynamoDBDocumentClient.from(pipeline.runtime.dynamodb.client);
    pipeline.runtime.stepFunctions.interceptTasks(this.journal.interceptor);
  }

  static async start(): Promise<TestPipeline> {
    return new TestPipeline(
      await startPaymentPipeline({
        prefix: 'test',
        timeScale: 0.01,
        workflowSettings: { paymentTimeoutSeconds: 2, probeLeaseSeconds: 10, retryDelaySeconds: 30 },
      }),
    );
  }

  get stack(): LocalStack {
    return { pipeline: this.pipeline } as unknown as LocalStack;
  }

  /** A fault context whose API client must not be used (these faults act on the stack itself). */
  context(random: () => number = () => 0): FaultContext {
    return {
      stack: this.stack,
      api: new ApiClient({ baseUrl: 'http://127.0.0.1:9' }),
      journal: this.journal,
      random,
    };
  }

  /** Stores an order and runs its first attempt to the end; returns the order as stored then. */
  async runOrder(): Promise<{ order: Order; executionArn: string; status: string }> {
    this.sequence += 1;
    const stored = await this.pipeline.storeOrder(`test-order-${this.sequence}`, {
      customer: { id: 'c', email: 'c@example.com' },
      items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1200 }],
      amount: 1200,
      currency: 'EUR',
      paymentToken: DEMO_PAYMENT_TOKEN,
    });
    const executionArn = this.pipeline.startOrder(stored);
    const { status } = await this.pipeline.runtime.stepFunctions.waitForExecution(executionArn);
    return { order: await this.order(stored.orderId), executionArn, status };
  }

  async order(orderId: string): Promise<Order> {
    const { Item } = await this.documents.send(
      new GetCommand({
        TableName: this.pipeline.runtime.tables.orders,
        Key: { orderId },
        ConsistentRead: true,
      }),
    );
    return Item as Order;
  }

  async scan(table: keyof PaymentPipeline['runtime']['tables']): Promise<Record<string, unknown>[]> {
    const { Items } = await this.documents.send(
      new ScanCommand({ TableName: this.pipeline.runtime.tables[table] }),
    );
    return Items ?? [];
  }

  async setCircuit(item: Record<string, unknown>): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.pipeline.runtime.tables.circuit,
        Item: {
          circuitId: CIRCUIT_IDS.paymentGateway,
          failures: 0,
          consecutiveOpens: 1,
          probeSuccesses: 0,
          ...item,
        },
      }),
    );
  }

  end(): Promise<void> {
    return this.pipeline.end();
  }
}
