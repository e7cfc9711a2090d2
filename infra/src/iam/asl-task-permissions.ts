import { UnmappedTaskResourceError } from '../errors';
import type { PolicyStatement } from './policy-document';

/** The resources a workflow's Tasks may name, with the ARNs their permissions are granted on. */
export interface TaskTargetCatalog {
  readonly tables: readonly { readonly name: string; readonly arn: string }[];
  /** Matched by name or by ARN, as `FunctionName` may carry either. */
  readonly functions: readonly { readonly name: string; readonly arn: string }[];
  readonly queues: readonly { readonly url: string; readonly arn: string }[];
  /** `kmsKeyArn`: the customer managed key the topic is encrypted with (publishers need it). */
  readonly topics: readonly { readonly arn: string; readonly kmsKeyArn?: string }[];
  /** Matched by name or by ARN. */
  readonly buses: readonly { readonly name: string; readonly arn: string }[];
  readonly stateMachines: readonly { readonly arn: string }[];
}

/** One permission a Task needs. */
export interface TaskPermission {
  readonly action: string;
  readonly resource: string;
  /** Why: every Task that needs it, as `<state name> (<integration>)`. */
  readonly neededBy: readonly string[];
}

type Json = Record<string, unknown>;

const DYNAMODB_ACTIONS: Record<string, string> = {
  getItem: 'dynamodb:GetItem',
  putItem: 'dynamodb:PutItem',
  updateItem: 'dynamodb:UpdateItem',
  deleteItem: 'dynamodb:DeleteItem',
};

/** One Task state's service call, as `listTaskIntegrations` of @unstoppable/state-machine lists it. */
export interface TaskCall {
  readonly stateName: string;
  readonly resource: string;
  readonly parameters: object;
}

/** `arn:aws:states:::sqs:sendMessage` -> `{ service: 'sqs', api: 'sendMessage' }`; `.sync`-style suffixes are rejected. */
export function parseIntegration(state: string, resource: string): { service: string; api: string } {
  const match = /^arn:[a-z-]+:states:::(?:aws-sdk:)?([a-z0-9]+):([A-Za-z]+)$/.exec(resource);
  if (!match?.[1] || !match[2]) {
    throw new UnmappedTaskResourceError(state, `Resource ${resource} is not a supported service integration`);
  }
  return { service: match[1], api: match[2] };
}

/** The static value of a Task parameter; a `.$` path cannot be scoped at deploy time. */
function staticParameter(state: string, parameters: Json, key: string): string {
  if (`${key}.$` in parameters) {
    throw new UnmappedTaskResourceError(
      state,
      `${key} is a path (${key}.$): permissions need a fixed resource`,
    );
  }
  const value = parameters[key];
  if (typeof value !== 'string') throw new UnmappedTaskResourceError(state, `Parameters.${key} is missing`);
  return value;
}

function lookup<T>(
  state: string,
  what: string,
  value: string,
  items: readonly T[],
  match: (item: T) => boolean,
): T {
  const item = items.find(match);
  if (!item)
    throw new UnmappedTaskResourceError(
      state,
      `${what} ${value} is not in the catalog passed to the generator`,
    );
  return item;
}

/** The permissions one Task needs, on the exact resources its Parameters name. */
export function permissionsForTask(task: TaskCall, catalog: TaskTargetCatalog): TaskPermission[] {
  const name = task.stateName;
  const { service, api } = parseIntegration(name, task.resource);
  const parameters = task.parameters as Json;
  const reason = `${name} (${service}:${api})`;
  const grant = (action: string, resource: string): TaskPermission => ({
    action,
    resource,
    neededBy: [reason],
  });
  if (service === 'dynamodb' && DYNAMODB_ACTIONS[api]) {
    const table = staticParameter(name, parameters, 'TableName');
    const { arn } = lookup(name, 'table', table, catalog.tables, (t) => t.name === table);
    return [grant(DYNAMODB_ACTIONS[api], arn)];
  }
  if (service === 'lambda' && api === 'invoke') {
    const fn = staticParameter(name, parameters, 'FunctionName');
    const { arn } = lookup(name, 'function', fn, catalog.functions, (f) => f.name === fn || f.arn === fn);
    return [grant('lambda:InvokeFunction', arn)];
  }
  if (service === 'sqs' && api === 'sendMessage') {
    const url = staticParameter(name, parameters, 'QueueUrl');
    return [grant('sqs:SendMessage', lookup(name, 'queue', url, catalog.queues, (q) => q.url === url).arn)];
  }
  if (service === 'sns' && api === 'publish') {
    const topicArn = staticParameter(name, parameters, 'TopicArn');
    const topic = lookup(name, 'topic', topicArn, catalog.topics, (t) => t.arn === topicArn);
    const key = topic.kmsKeyArn;
    return [
      grant('sns:Publish', topic.arn),
      ...(key ? [grant('kms:GenerateDataKey*', key), grant('kms:Decrypt', key)] : []),
    ];
  }
  if (service === 'events' && api === 'putEvents') {
    const entries = parameters.Entries;
    if (!Array.isArray(entries))
      throw new UnmappedTaskResourceError(name, 'Parameters.Entries must be a fixed array');
    return entries.map((entry: Json) => {
      const bus = staticParameter(name, entry, 'EventBusName');
      return grant(
        'events:PutEvents',
        lookup(name, 'event bus', bus, catalog.buses, (b) => b.name === bus || b.arn === bus).arn,
      );
    });
  }
  if (service === 'states' && api === 'startExecution') {
    const machine = staticParameter(name, parameters, 'StateMachineArn');
    return [
      grant(
        'states:StartExecution',
        lookup(name, 'state machine', machine, catalog.stateMachines, (m) => m.arn === machine).arn,
      ),
    ];
  }
  throw new UnmappedTaskResourceError(
    name,
    `no IAM mapping for ${service}:${api}; add one to asl-task-permissions.ts`,
  );
}

/** Every permission the Tasks need, deduplicated. */
export function taskPermissions(tasks: readonly TaskCall[], catalog: TaskTargetCatalog): TaskPermission[] {
  const seen = new Map<string, TaskPermission>();
  for (const task of tasks) {
    for (const permission of permissionsForTask(task, catalog)) {
      const key = `${permission.action} ${permission.resource}`;
      const known = seen.get(key);
      seen.set(key, known ? { ...known, neededBy: [...known.neededBy, ...permission.neededBy] } : permission);
    }
  }
  return [...seen.values()];
}

/** IAM statements for the permissions: one per action, listing its resources. */
export function taskPolicyStatements(permissions: readonly TaskPermission[]): PolicyStatement[] {
  const byAction = new Map<string, string[]>();
  for (const { action, resource } of permissions) {
    const resources = byAction.get(action) ?? [];
    if (!resources.includes(resource)) resources.push(resource);
    byAction.set(action, resources);
  }
  return [...byAction.entries()].map(([action, resources]) => ({
    Sid: action.replace(/[^A-Za-z0-9]/g, ''),
    Effect: 'Allow',
    Action: action,
    Resource: resources,
  }));
}
