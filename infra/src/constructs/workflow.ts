import { Construct } from 'constructs';
import { CloudwatchLogGroup, IamRole, IamRolePolicy, SfnStateMachine } from '../aws';
import type { WorkflowLogLevel, WorkflowType } from '../config';
import {
  type TaskCall,
  type TaskPermission,
  type TaskTargetCatalog,
  taskPermissions,
  taskPolicyStatements,
} from '../iam/asl-task-permissions';
import { renderPolicy, serviceTrustPolicy } from '../iam/policy-document';
import { stateMachineObservabilityStatements } from '../iam/wildcard-allow-list';

export interface WorkflowProps {
  readonly name: string;
  readonly type: WorkflowType;
  /** The rendered ASL (it may hold Terraform tokens for ARNs and names). */
  readonly definition: object;
  /** Its Task states, from `listTaskIntegrations(definition)`. */
  readonly tasks: readonly TaskCall[];
  /** Maps every resource the Tasks name to the ARN its permission is granted on. */
  readonly catalog: TaskTargetCatalog;
  readonly accountId: string;
  readonly logGroupName: string;
  readonly logLevel: WorkflowLogLevel;
  readonly includeExecutionData: boolean;
  readonly logRetentionDays: number;
}

/**
 * One Step Functions state machine with CloudWatch logging and X-Ray tracing. Its role's
 * statements are generated from the Tasks of the definition: each integration's action on
 * exactly the resource it names, plus the logging and tracing actions AWS requires.
 */
export class Workflow extends Construct {
  public readonly stateMachine: SfnStateMachine;
  public readonly role: IamRole;
  public readonly logGroup: CloudwatchLogGroup;
  /** What the role allows the Tasks to do, with the state that needs each permission. */
  public readonly permissions: readonly TaskPermission[];

  constructor(scope: Construct, id: string, props: WorkflowProps) {
    super(scope, id);
    this.permissions = taskPermissions(props.tasks, props.catalog);
    this.logGroup = new CloudwatchLogGroup(this, 'logs', {
      name: props.logGroupName,
      retentionInDays: props.logRetentionDays,
    });
    this.role = new IamRole(this, 'role', {
      name: `${props.name}-role`,
      assumeRolePolicy: serviceTrustPolicy('states.amazonaws.com', props.accountId),
    });
    const policy = new IamRolePolicy(this, 'policy', {
      role: this.role.id,
      name: `${props.name}-tasks`,
      policy: renderPolicy([
        ...taskPolicyStatements(this.permissions),
        ...stateMachineObservabilityStatements(),
      ]),
    });
    this.stateMachine = new SfnStateMachine(this, 'state-machine', {
      name: props.name,
      type: props.type,
      roleArn: this.role.arn,
      definition: JSON.stringify(props.definition),
      loggingConfiguration: {
        logDestination: `${this.logGroup.arn}:*`,
        level: props.logLevel,
        includeExecutionData: props.includeExecutionData,
      },
      tracingConfiguration: { enabled: true },
      dependsOn: [policy],
    });
  }
}
