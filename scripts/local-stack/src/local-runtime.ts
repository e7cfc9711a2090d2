import type { TableKey } from '@unstoppable/core';
import { createTables } from './dynamodb/create-tables';
import { seedCatalog } from './dynamodb/seed-catalog';
import { type LocalDynamoDb, startDynamoDb } from './dynamodb/start-dynamodb';
import { LocalEventBridge } from './eventbridge/event-bus';
import { orderNotificationRules } from './eventbridge/rules';
import { SnsTopics } from './sns/topics';
import type { LocalQueue } from './sqs/queue';
import { QueueRegistry } from './sqs/queue-registry';
import { LocalStepFunctions } from './stepfunctions/executor';
import type { LambdaRegistry } from './stepfunctions/lambda-registry';

/** Options of {@link startLocalRuntime}. */
export interface LocalRuntimeOptions {
  /** Prefix of every table, queue, topic and bus name. @default 'local' */
  readonly prefix?: string;
  /** Keep DynamoDB data on disk in this directory. @default in memory */
  readonly dynamoDbPath?: string;
  /** Scales Wait seconds and Retry intervals of every registered workflow. @default 1 */
  readonly timeScale?: number;
  /** Receives of a retry message before it moves to the dead-letter queue. @default 5 */
  readonly maxReceiveCount?: number;
  /** Visibility timeout of the retry queue in seconds. @default 30 */
  readonly visibilityTimeoutSeconds?: number;
  /** Keep state inputs/outputs in execution event logs. @default false */
  readonly eventData?: boolean;
}

/** Names of the local resources for a prefix. */
export function localResourceNames(prefix: string) {
  return {
    retryQueue: `${prefix}-order-retry`,
    deadLetterQueue: `${prefix}-order-retry-dlq`,
    adminTopic: `${prefix}-admin-alerts`,
    customerTopic: `${prefix}-customer-notifications`,
    eventBus: `${prefix}-events`,
  } as const;
}

/** The running local stack; register state machines and Lambda handlers on `stepFunctions`. */
export interface LocalRuntime {
  readonly dynamodb: LocalDynamoDb;
  readonly tables: Readonly<Record<TableKey, string>>;
  readonly queues: QueueRegistry;
  readonly retryQueue: LocalQueue;
  readonly deadLetterQueue: LocalQueue;
  readonly topics: SnsTopics;
  readonly adminTopicArn: string;
  readonly customerTopicArn: string;
  readonly eventBridge: LocalEventBridge;
  readonly eventBusName: string;
  readonly stepFunctions: LocalStepFunctions;
  readonly lambdas: LambdaRegistry;
  /** Stops everything in reverse order of start. */
  end(options?: { readonly graceMs?: number }): Promise<void>;
}

/** Starts the whole local stack in order; `end()` stops it in reverse. */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const prefix = options.prefix ?? 'local';
  const names = localResourceNames(prefix);
  // 1. DynamoDB (dynalite), the tables, and the demo catalog where its products are absent.
  const dynamodb = await startDynamoDb({ path: options.dynamoDbPath });
  try {
    const tables = await createTables(dynamodb.client, prefix);
    await seedCatalog(dynamodb.client, tables.products);
    // 2. The retry queue and its dead-letter queue.
    const queues = new QueueRegistry();
    const deadLetterQueue = queues.createQueue(names.deadLetterQueue);
    const retryQueue = queues.createQueue(names.retryQueue, {
      visibilityTimeoutSeconds: options.visibilityTimeoutSeconds ?? 30,
      redrive: { deadLetterQueueName: names.deadLetterQueue, maxReceiveCount: options.maxReceiveCount ?? 5 },
    });
    // 3. The admin and customer topics.
    const topics = new SnsTopics();
    const adminTopicArn = topics.createTopic(names.adminTopic);
    const customerTopicArn = topics.createTopic(names.customerTopic);
    // 4. The event bus with the system's rules.
    const eventBridge = new LocalEventBridge(topics);
    eventBridge.createEventBus(names.eventBus);
    for (const rule of orderNotificationRules({ eventBusName: names.eventBus, customerTopicArn }))
      eventBridge.putRule(rule);
    // 5. The workflow executor wired to all of the above.
    const stepFunctions = new LocalStepFunctions({
      services: { dynamodb: dynamodb.client, queues, topics, eventBridge },
      timeScale: options.timeScale,
      eventData: options.eventData,
    });
    return {
      dynamodb,
      tables,
      queues,
      retryQueue,
      deadLetterQueue,
      topics,
      adminTopicArn,
      customerTopicArn,
      eventBridge,
      eventBusName: names.eventBus,
      stepFunctions,
      lambdas: stepFunctions.lambdas,
      async end(endOptions = {}) {
        await stepFunctions.end(endOptions);
        await topics.flush();
        await dynamodb.end();
      },
    };
  } catch (error) {
    await dynamodb.end();
    throw error;
  }
}
