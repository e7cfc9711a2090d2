import { LogService, TABLES } from '@unstoppable/core';
import { type AppFunctionRefs, allow, type FunctionSpec } from './function-spec';

const indexArns = (tableArn: string) =>
  Object.values(TABLES.orders.indexes).map((index) => `${tableArn}/index/${index.name}`);

/** The payment worker: reads the order and the chaos config, charges idempotently through the ledger. */
const paymentProcessor: FunctionSpec<AppFunctionRefs> = {
  id: 'payment-processor',
  packageName: '@unstoppable/payment-processor',
  service: LogService.orderProcessor,
  description: 'Charges one order through the payment gateway, idempotently',
  enabled: () => true,
  environment: ({ tables }) => ({
    ORDERS_TABLE: tables.orders.name,
    RUNTIME_CONFIG_TABLE: tables.runtimeConfig.name,
    IDEMPOTENCY_TABLE: tables.idempotency.name,
    LEDGER_TABLE: tables.ledger.name,
  }),
  statements: ({ tables }) => [
    allow('ReadOrders', ['dynamodb:GetItem'], [tables.orders.arn]),
    allow('ReadChaosConfig', ['dynamodb:GetItem'], [tables.runtimeConfig.arn]),
    // Powertools idempotency: get, conditional put, update on completion, delete on failure.
    allow(
      'IdempotencyRecords',
      ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
      [tables.idempotency.arn],
    ),
    allow(
      'GatewayLedger',
      ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      [tables.ledger.arn],
    ),
  ],
};

/** The store and admin API behind the HTTP API (calls listed in services/order-api/README.md). */
const orderApi: FunctionSpec<AppFunctionRefs> = {
  id: 'order-api',
  packageName: '@unstoppable/order-api',
  service: LogService.orderApi,
  description:
    'Order and admin HTTP API: accepts orders, starts their workflow, serves status and admin controls',
  enabled: (features) => features.orderApi,
  environment: ({ tables, retryQueue, retryDeadLetterQueue, orderWorkflowArn }) => ({
    ORDERS_TABLE: tables.orders.name,
    CIRCUIT_TABLE: tables.circuit.name,
    RUNTIME_CONFIG_TABLE: tables.runtimeConfig.name,
    NOTIFICATIONS_TABLE: tables.notifications.name,
    PRODUCTS_TABLE: tables.products.name,
    ORDER_STATE_MACHINE_ARN: orderWorkflowArn,
    RETRY_QUEUE_URL: retryQueue.url,
    DEAD_LETTER_QUEUE_URL: retryDeadLetterQueue.url,
    // The HTTP API's JWT authorizer verifies admin tokens; the function reads the verified claims.
    ADMIN_AUTH: 'jwt',
  }),
  statements: ({ tables, retryQueue, retryDeadLetterQueue, orderWorkflowArn, orderExecutionsArn }) => [
    allow('CreateAndReadOrders', ['dynamodb:PutItem', 'dynamodb:GetItem'], [tables.orders.arn]),
    allow('ListOrders', ['dynamodb:Query'], indexArns(tables.orders.arn)),
    // Status reads it; admin reset and force-open write it.
    allow('Circuit', ['dynamodb:GetItem', 'dynamodb:UpdateItem'], [tables.circuit.arn]),
    allow(
      'ChaosConfig',
      ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
      [tables.runtimeConfig.arn],
    ),
    allow('ListNotifications', ['dynamodb:Query'], [tables.notifications.arn]),
    // GET /products reads the whole (small) catalog.
    allow('ListProducts', ['dynamodb:Scan'], [tables.products.arn]),
    allow('StartOrderWorkflow', ['states:StartExecution'], [orderWorkflowArn]),
    // A replayed POST checks whether the first attempt's execution exists before starting it.
    allow('CheckOrderExecution', ['states:DescribeExecution'], [orderExecutionsArn]),
    allow('QueueDepth', ['sqs:GetQueueAttributes'], [retryQueue.arn, retryDeadLetterQueue.arn]),
  ],
};

/** The retry queue consumer: starts the next attempt, or re-delays while the circuit is open. */
const retryHandler: FunctionSpec<AppFunctionRefs> = {
  id: 'retry-handler',
  packageName: '@unstoppable/retry-handler',
  service: LogService.retryHandler,
  description:
    'Starts the next order-workflow attempt for each parked order; re-delays while the circuit is open',
  enabled: (features) => features.retryHandler,
  environment: ({ tables, retryQueue, orderWorkflowArn }) => ({
    CIRCUIT_TABLE: tables.circuit.name,
    ORDER_STATE_MACHINE_ARN: orderWorkflowArn,
    RETRY_QUEUE_URL: retryQueue.url,
  }),
  statements: ({ tables, retryQueue, orderWorkflowArn }) => [
    allow('ReadCircuit', ['dynamodb:GetItem'], [tables.circuit.arn]),
    allow('StartOrderWorkflow', ['states:StartExecution'], [orderWorkflowArn]),
    // The event source mapping polls with the function's role: the three actions Lambda documents
    // for an SQS trigger. Failed items go back by visibility timeout, not by the function.
    allow(
      'ConsumeRetryQueue',
      ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      [retryQueue.arn],
    ),
    allow('RedelayWhileOpen', ['sqs:SendMessage'], [retryQueue.arn]),
  ],
};

/** Every application function, in creation order. */
export const APP_FUNCTION_SPECS: readonly FunctionSpec<AppFunctionRefs>[] = [
  paymentProcessor,
  orderApi,
  retryHandler,
];
