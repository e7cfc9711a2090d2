import {
  type CooldownWorkflowRefs,
  cooldownWorkflow,
  listTaskIntegrations,
  orderWorkflow,
  type WorkflowRefs,
  type WorkflowSettings,
} from '@unstoppable/state-machine';
import { Construct } from 'constructs';
import type { AccountContext } from '../account';
import type { CloudwatchEventBus, DynamodbTable, LambdaFunction, SnsTopic, SqsQueue } from '../aws';
import type { StackConfig } from '../config';
import type { TaskTargetCatalog } from '../iam/asl-task-permissions';
import type { ResourceNames } from '../naming';
import { Workflow } from './workflow';

export interface WorkflowsProps {
  readonly names: ResourceNames;
  readonly account: AccountContext;
  readonly config: Pick<
    StackConfig,
    'orderWorkflowType' | 'workflowLogLevel' | 'workflowIncludeExecutionData' | 'logRetentionDays'
  >;
  readonly settings: WorkflowSettings;
  readonly paymentFunction: LambdaFunction;
  readonly ordersTable: DynamodbTable;
  readonly circuitTable: DynamodbTable;
  readonly retryQueue: SqsQueue;
  readonly adminTopic: SnsTopic;
  /** The key the admin topic is encrypted with: publishing needs it. */
  readonly adminTopicKeyArn: string;
  readonly eventBus: CloudwatchEventBus;
}

/**
 * The order and cool-down workflows, rendered by the @unstoppable/state-machine builders from
 * the stack's Terraform references (the same builders the local stack runs). The order workflow
 * is STANDARD unless configured EXPRESS; the cool-down waits minutes, so it is always STANDARD.
 */
export class Workflows extends Construct {
  public readonly order: Workflow;
  public readonly cooldown: Workflow;

  constructor(scope: Construct, id: string, props: WorkflowsProps) {
    super(scope, id);
    const { names, config } = props;
    // cdktf attribute getters return a new token on every read: read each reference once, so the
    // definition and the catalog that maps it to ARNs hold the very same strings.
    const ref = {
      ordersTableName: props.ordersTable.name,
      circuitTableName: props.circuitTable.name,
      paymentFunctionArn: props.paymentFunction.arn,
      retryQueueUrl: props.retryQueue.url,
      adminTopicArn: props.adminTopic.arn,
      eventBusName: props.eventBus.name,
    };
    const cooldownRefs: CooldownWorkflowRefs = {
      circuitTableName: ref.circuitTableName,
      adminTopicArn: ref.adminTopicArn,
    };
    const catalog = (cooldownArn?: string): TaskTargetCatalog => ({
      tables: [
        { name: ref.ordersTableName, arn: props.ordersTable.arn },
        { name: ref.circuitTableName, arn: props.circuitTable.arn },
      ],
      functions: [{ name: ref.paymentFunctionArn, arn: ref.paymentFunctionArn }],
      queues: [{ url: ref.retryQueueUrl, arn: props.retryQueue.arn }],
      topics: [{ arn: ref.adminTopicArn, kmsKeyArn: props.adminTopicKeyArn }],
      buses: [{ name: ref.eventBusName, arn: props.eventBus.arn }],
      stateMachines: cooldownArn ? [{ arn: cooldownArn }] : [],
    });
    const common = {
      accountId: props.account.accountId,
      logLevel: config.workflowLogLevel,
      includeExecutionData: config.workflowIncludeExecutionData,
      logRetentionDays: config.logRetentionDays,
    };
    const cooldownDefinition = cooldownWorkflow(cooldownRefs, props.settings);
    this.cooldown = new Workflow(this, 'cooldown', {
      ...common,
      name: names.cooldownWorkflow,
      type: 'STANDARD',
      definition: cooldownDefinition,
      tasks: listTaskIntegrations(cooldownDefinition),
      catalog: catalog(),
      logGroupName: names.workflowLogGroup('cooldown-workflow'),
    });
    const cooldownArn = this.cooldown.stateMachine.arn;
    const refs: WorkflowRefs = { ...ref, cooldownStateMachineArn: cooldownArn };
    const orderDefinition = orderWorkflow(refs, props.settings);
    this.order = new Workflow(this, 'order', {
      ...common,
      name: names.orderWorkflow,
      type: config.orderWorkflowType,
      definition: orderDefinition,
      tasks: listTaskIntegrations(orderDefinition),
      catalog: catalog(cooldownArn),
      logGroupName: names.workflowLogGroup('order-workflow'),
    });
  }
}
