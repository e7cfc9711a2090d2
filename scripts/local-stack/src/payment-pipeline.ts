import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import {
  CHAOS_CONFIG_ID,
  type ChaosConfig,
  LogService,
  NO_CHAOS,
  type OrderInput,
  orderExecutionName,
  orderWorkflowInput,
  tableName,
  type WorkflowOrder,
} from '@unstoppable/core';
import { newStoredOrder } from '@unstoppable/order-api';
import { createPaymentWorker, type PaymentWorker } from '@unstoppable/payment-processor';
import {
  cooldownWorkflow,
  orderWorkflow,
  type WorkflowRefs,
  type WorkflowSettings,
} from '@unstoppable/state-machine';
import { lambdaArn, stateMachineArn } from './local-aws';
import { type LocalRuntime, type LocalRuntimeOptions, startLocalRuntime } from './local-runtime';

/** Options of {@link startPaymentPipeline}. */
export interface PaymentPipelineOptions extends LocalRuntimeOptions {
  /** Thresholds and timings of both workflows (defaults: the workflows' own). */
  readonly workflowSettings?: WorkflowSettings;
  /**
   * Chaos settings cache of the payment worker, in milliseconds.
   * @default 0 (every charge reads the current settings)
   */
  readonly chaosCacheTtlMs?: number;
  /**
   * Gateway client timeout of the payment worker, in milliseconds.
   * @default 5000
   */
  readonly gatewayTimeoutMs?: number;
  /** Random source of the simulated gateway (failure and decline rates), for repeatable runs. */
  readonly random?: () => number;
}

/** The local runtime with the payment worker and both workflows registered from the real builders. */
export interface PaymentPipeline {
  readonly runtime: LocalRuntime;
  readonly worker: PaymentWorker;
  readonly refs: WorkflowRefs;
  readonly orderStateMachineArn: string;
  readonly cooldownStateMachineArn: string;
  /** Gateway-bound invocations of the payment worker so far (each `lambda:invoke`). */
  readonly paymentInvocations: () => number;
  /** Writes a new PENDING order exactly as the order API does; returns what the workflow carries. */
  readonly storeOrder: (orderId: string, input: OrderInput) => Promise<WorkflowOrder>;
  /** Starts one attempt of the order workflow, named as the API and retry handler name it. */
  readonly startOrder: (order: WorkflowOrder, attempt?: number) => string;
  /** Replaces the chaos settings the simulated gateway follows (unset fields: no chaos). */
  readonly setChaos: (chaos: Partial<ChaosConfig>) => Promise<void>;
  readonly end: () => Promise<void>;
}

/**
 * Starts the local runtime and wires the pipeline the way infra wires it on AWS: the payment
 * worker as the `<prefix>-order-processor` function, the cool-down and order workflows rendered by
 * the same builders with local references.
 */
export async function startPaymentPipeline(options: PaymentPipelineOptions = {}): Promise<PaymentPipeline> {
  const prefix = options.prefix ?? 'local';
  const runtime = await startLocalRuntime(options);
  // 1. The payment worker, in-process, against the local DynamoDB.
  const worker = createPaymentWorker(
    {
      region: 'us-east-1',
      dynamoDbEndpoint: runtime.dynamodb.endpoint,
      ordersTable: tableName(prefix, 'orders'),
      runtimeConfigTable: tableName(prefix, 'runtimeConfig'),
      idempotencyTable: tableName(prefix, 'idempotency'),
      ledgerTable: tableName(prefix, 'ledger'),
      chaosCacheTtlMs: options.chaosCacheTtlMs ?? 0,
      gatewayTimeoutMs: options.gatewayTimeoutMs ?? 5000,
      idempotencyTtlSeconds: 3600,
    },
    { client: runtime.dynamodb.client, random: options.random },
  );
  let invocations = 0;
  const paymentFunctionArn = lambdaArn(`${prefix}-${LogService.orderProcessor}`);
  runtime.lambdas.register(paymentFunctionArn, (payload: unknown, context) => {
    invocations += 1;
    return worker.handle(payload, context);
  });
  // 2. Both workflows from the builders, with the local resources as references.
  const cooldownArn = stateMachineArn(`${prefix}-${LogService.cooldownWorkflow}`);
  const orderArn = stateMachineArn(`${prefix}-${LogService.orderWorkflow}`);
  const refs: WorkflowRefs = {
    paymentFunctionArn,
    ordersTableName: runtime.tables.orders,
    circuitTableName: runtime.tables.circuit,
    retryQueueUrl: runtime.retryQueue.url,
    adminTopicArn: runtime.adminTopicArn,
    eventBusName: runtime.eventBusName,
    cooldownStateMachineArn: cooldownArn,
  };
  runtime.stepFunctions.registerStateMachine({
    stateMachineArn: cooldownArn,
    definition: cooldownWorkflow(refs, options.workflowSettings),
  });
  runtime.stepFunctions.registerStateMachine({
    stateMachineArn: orderArn,
    definition: orderWorkflow(refs, options.workflowSettings),
  });
  const documents = DynamoDBDocumentClient.from(runtime.dynamodb.client);
  return {
    runtime,
    worker,
    refs,
    orderStateMachineArn: orderArn,
    cooldownStateMachineArn: cooldownArn,
    paymentInvocations: () => invocations,
    storeOrder: async (orderId, input) => {
      const stored = newStoredOrder(orderId, input, new Date());
      await documents.send(new PutCommand({ TableName: runtime.tables.orders, Item: stored }));
      return orderWorkflowInput(stored).order;
    },
    startOrder: (order, attempt = order.attempt) =>
      runtime.stepFunctions.startExecution({
        stateMachineArn: orderArn,
        name: orderExecutionName(order.orderId, attempt),
        input: orderWorkflowInput({ ...order, attempt }) as never,
      }).executionArn,
    setChaos: async (chaos) => {
      await documents.send(
        new PutCommand({
          TableName: runtime.tables.runtimeConfig,
          Item: { configId: CHAOS_CONFIG_ID, value: { ...NO_CHAOS, ...chaos } },
        }),
      );
    },
    end: () => runtime.end(),
  };
}
