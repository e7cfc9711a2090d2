import { performance } from 'node:perf_hooks';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  CIRCUIT_IDS,
  CircuitState,
  DEMO_PAYMENT_TOKEN,
  type OrderInput,
  OrderStatus,
} from '@unstoppable/core';
import { orderWorkflow } from '@unstoppable/state-machine';
import { OrderPathMismatchError } from './errors';
import { type PaymentPipeline, startPaymentPipeline } from './payment-pipeline';
import { countTransitions, type ExecutionStatus } from './stepfunctions';

/** The order-workflow paths the cost model prices, in the order {@link measureOrderPaths} runs them. */
export const ORDER_PATHS = ['green', 'declined', 'technicalFailureQueued', 'openQueued', 'trip'] as const;
export type OrderPath = (typeof ORDER_PATHS)[number];

/** What each path is, in words. */
export const ORDER_PATH_LABELS: Readonly<Record<OrderPath, string>> = {
  green: 'green (CLOSED, captured)',
  declined: 'declined',
  technicalFailureQueued: 'technical failure, queued (2 in-place retries)',
  openQueued: 'circuit OPEN, queued without a gateway call',
  trip: 'technical failure that trips the circuit',
};

/** The order status each path must leave behind; a different one means the setup went wrong. */
const EXPECTED_STATUS: Readonly<Record<OrderPath, OrderStatus>> = {
  green: OrderStatus.COMPLETED,
  declined: OrderStatus.DECLINED,
  technicalFailureQueued: OrderStatus.QUEUED,
  openQueued: OrderStatus.QUEUED,
  trip: OrderStatus.QUEUED,
};

/** One real execution of the order workflow along one path. */
export interface OrderPathMeasurement {
  readonly path: OrderPath;
  readonly label: string;
  /** Billed state transitions (states entered + retries), from the execution's event log. */
  readonly transitions: number;
  /** Start to stop of the execution, in ms (real time unless `timeScale` shortened the pauses). */
  readonly executionMs: number;
  /** Duration of each payment-worker invocation the execution made, in ms (one entry per invocation). */
  readonly paymentInvocationMs: readonly number[];
  readonly executionStatus: ExecutionStatus;
  readonly orderStatus: OrderStatus;
}

/** Everything {@link measureOrderPaths} observed. */
export interface OrderPathsReport {
  readonly paths: readonly OrderPathMeasurement[];
  /** Size of the order workflow's definition (JSON), in bytes. */
  readonly definitionBytes: number;
  /** Largest execution input among the runs (JSON), in bytes. */
  readonly inputBytes: number;
}

/** Options of {@link measureOrderPaths}. */
export interface MeasureOrderPathsOptions {
  /**
   * Scales Wait seconds and Retry intervals. 1 keeps AWS timings, so `executionMs` is what an
   * execution would last; transitions do not depend on it.
   * @default 1
   */
  readonly timeScale?: number;
}

const SAMPLE_ORDER: OrderInput = {
  customer: { id: 'c', email: 'c@example.com' },
  items: [{ sku: 'MUG-RETRY', quantity: 1, unitPrice: 1200 }],
  amount: 1200,
  currency: 'EUR',
  paymentToken: DEMO_PAYMENT_TOKEN,
};

/**
 * Runs one order-workflow execution per path on a fresh local pipeline (the real payment worker,
 * the workflow rendered by the same builder as on AWS) and reports what each execution cost:
 * transitions, duration and payment-worker invocations. Throws when a path does not end in the
 * order status it stands for.
 */
export async function measureOrderPaths(options: MeasureOrderPathsOptions = {}): Promise<OrderPathsReport> {
  const pipeline = await startPaymentPipeline({ prefix: 'paths', timeScale: options.timeScale ?? 1 });
  try {
    const invocationMs: number[] = [];
    // The same worker as the pipeline registers, timed per invocation.
    pipeline.runtime.lambdas.register(pipeline.refs.paymentFunctionArn, async (payload: unknown, context) => {
      const started = performance.now();
      try {
        return await pipeline.worker.handle(payload, context);
      } finally {
        invocationMs.push(performance.now() - started);
      }
    });
    const setup: Readonly<Record<OrderPath, () => Promise<void>>> = {
      green: async () => undefined,
      declined: () => pipeline.setChaos({ declineRate: 1 }),
      technicalFailureQueued: () => pipeline.setChaos({ down: true }),
      openQueued: () => putCircuit(pipeline, { state: CircuitState.OPEN, tripId: 'paths-trip' }),
      trip: () => putCircuit(pipeline, { state: CircuitState.CLOSED, failures: 2 }),
    };
    const paths: OrderPathMeasurement[] = [];
    let inputBytes = 0;
    for (const path of ORDER_PATHS) {
      await setup[path]();
      const first = invocationMs.length;
      const run = await runOnce(pipeline, `paths-order-${path}`);
      inputBytes = Math.max(inputBytes, run.inputBytes);
      if (run.orderStatus !== EXPECTED_STATUS[path]) {
        throw new OrderPathMismatchError(path, EXPECTED_STATUS[path], run.orderStatus);
      }
      paths.push({
        path,
        label: ORDER_PATH_LABELS[path],
        transitions: run.transitions,
        executionMs: run.executionMs,
        paymentInvocationMs: invocationMs.slice(first),
        executionStatus: run.executionStatus,
        orderStatus: run.orderStatus,
      });
    }
    const definitionBytes = Buffer.byteLength(JSON.stringify(orderWorkflow(pipeline.refs)));
    return { paths, definitionBytes, inputBytes };
  } finally {
    await pipeline.end();
  }
}

async function runOnce(pipeline: PaymentPipeline, orderId: string) {
  const { runtime } = pipeline;
  const order = await pipeline.storeOrder(orderId, SAMPLE_ORDER);
  const executionArn = pipeline.startOrder(order);
  const execution = await runtime.stepFunctions.waitForExecution(executionArn);
  const stored = await DynamoDBDocumentClient.from(runtime.dynamodb.client).send(
    new GetCommand({ TableName: runtime.tables.orders, Key: { orderId }, ConsistentRead: true }),
  );
  return {
    transitions: countTransitions(runtime.stepFunctions.getExecutionEvents(executionArn)),
    executionMs: (execution.stopDate ?? new Date()).getTime() - execution.startDate.getTime(),
    executionStatus: execution.status,
    orderStatus: stored.Item?.status as OrderStatus | undefined,
    inputBytes: Buffer.byteLength(execution.input),
  };
}

async function putCircuit(pipeline: PaymentPipeline, item: Record<string, unknown>): Promise<void> {
  const { runtime } = pipeline;
  await DynamoDBDocumentClient.from(runtime.dynamodb.client).send(
    new PutCommand({
      TableName: runtime.tables.circuit,
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
