import {
  type LogService,
  lambdaLogGroupName,
  stateMachineLogGroupName,
  type TableKey,
  tableName,
} from '@unstoppable/core';

/** Physical names of everything a stack creates, all under the environment prefix. */
export interface ResourceNames {
  table(key: TableKey): string;
  readonly retryQueue: string;
  readonly retryDeadLetterQueue: string;
  readonly forwarderFailureQueue: string;
  readonly recorderFailureQueue: string;
  readonly adminTopic: string;
  readonly customerTopic: string;
  readonly eventBus: string;
  readonly orderWorkflow: string;
  readonly cooldownWorkflow: string;
  functionName(service: LogService): string;
  functionLogGroup(service: LogService): string;
  workflowLogGroup(workflow: 'order-workflow' | 'cooldown-workflow'): string;
  readonly apiAccessLogGroup: string;
  readonly dashboardBucketPrefix: string;
}

/** Names for one environment prefix; the log group names come from the core logging contract. */
export function resourceNames(prefix: string): ResourceNames {
  return {
    table: (key) => tableName(prefix, key),
    retryQueue: `${prefix}-order-retry`,
    retryDeadLetterQueue: `${prefix}-order-retry-dlq`,
    forwarderFailureQueue: `${prefix}-log-forwarder-failures`,
    recorderFailureQueue: `${prefix}-notification-recorder-failures`,
    adminTopic: `${prefix}-admin-alerts`,
    customerTopic: `${prefix}-customer-notifications`,
    eventBus: `${prefix}-events`,
    orderWorkflow: `${prefix}-order-workflow`,
    cooldownWorkflow: `${prefix}-cooldown-workflow`,
    functionName: (service) => `${prefix}-${service}`,
    functionLogGroup: (service) => lambdaLogGroupName(prefix, service),
    workflowLogGroup: (workflow) => stateMachineLogGroupName(prefix, workflow),
    apiAccessLogGroup: `/aws/apigateway/${prefix}-http-api`,
    dashboardBucketPrefix: `${prefix}-dashboard-`,
  };
}
