import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LocalStackConfigError } from '../../errors';
import type { LocalEventBridge } from '../../eventbridge/event-bus';
import type { SnsTopics } from '../../sns/topics';
import type { QueueRegistry } from '../../sqs/queue-registry';
import type { LambdaRegistry } from '../lambda-registry';
import { DYNAMODB_ACTIONS, type DynamoDbAction, dynamoDbTask } from './dynamodb-task';
import { lambdaFunctionTask, lambdaInvokeTask } from './lambda-task';
import { eventsPutEventsTask, snsPublishTask, sqsSendMessageTask } from './messaging-tasks';
import { type ExecutionStarter, startExecutionTask } from './start-execution-task';
import type { TaskAdapter } from './task-adapter';

/** The emulated services Task adapters call; a definition may only use the ones present. */
export interface TaskServices {
  readonly dynamodb?: DynamoDBClient;
  readonly queues?: QueueRegistry;
  readonly topics?: SnsTopics;
  readonly eventBridge?: LocalEventBridge;
  readonly lambdas: LambdaRegistry;
  readonly stepFunctions: ExecutionStarter;
}

/** The resources the local executor serves (request-response pattern only). */
export const SUPPORTED_TASK_RESOURCES = [
  ...DYNAMODB_ACTIONS.map((action) => `arn:aws:states:::dynamodb:${action}`),
  'arn:aws:states:::lambda:invoke',
  'arn:aws:states:::sqs:sendMessage',
  'arn:aws:states:::sns:publish',
  'arn:aws:states:::events:putEvents',
  'arn:aws:states:::states:startExecution',
  'arn:aws:lambda:<region>:<account>:function:<name>',
] as const;

function need<T>(service: T | undefined, serviceName: string, field: string, resource: string): T {
  if (service === undefined) {
    throw new LocalStackConfigError(
      field,
      `uses ${resource}, but the executor was created without ${serviceName}`,
    );
  }
  return service;
}

/**
 * The adapter serving a Task's `Resource`. Fails at registration, naming the state, for resources
 * (or `.sync` / `.waitForTaskToken` patterns) the local executor does not emulate.
 */
export function resolveTaskAdapter(resource: string, services: TaskServices, stateName: string): TaskAdapter {
  const field = `States.${stateName}.Resource`;
  if (/^arn:aws[a-z-]*:lambda:[^:]+:\d+:function:[A-Za-z0-9_-]+(:[^:]+)?$/.test(resource)) {
    return lambdaFunctionTask(services.lambdas, resource);
  }
  const match = /^arn:aws[a-z-]*:states:::([a-z]+):([A-Za-z]+)$/.exec(resource);
  const [, service, action] = match ?? [];
  if (service === 'dynamodb' && DYNAMODB_ACTIONS.includes(action as DynamoDbAction)) {
    return dynamoDbTask(
      need(services.dynamodb, 'a DynamoDB client', field, resource),
      action as DynamoDbAction,
    );
  }
  if (service === 'lambda' && action === 'invoke') return lambdaInvokeTask(services.lambdas);
  if (service === 'sqs' && action === 'sendMessage')
    return sqsSendMessageTask(need(services.queues, 'queues', field, resource));
  if (service === 'sns' && action === 'publish')
    return snsPublishTask(need(services.topics, 'topics', field, resource));
  if (service === 'events' && action === 'putEvents') {
    return eventsPutEventsTask(need(services.eventBridge, 'an event bus', field, resource));
  }
  if (service === 'states' && action === 'startExecution') return startExecutionTask(services.stepFunctions);
  throw new LocalStackConfigError(
    field,
    `"${resource}" is not emulated locally; supported: ${SUPPORTED_TASK_RESOURCES.join(', ')}`,
  );
}
