import { Construct } from 'constructs';
import type { AccountContext } from '../account';
import {
  type CloudwatchLogGroup,
  CloudwatchLogSubscriptionFilter,
  LambdaFunctionEventInvokeConfig,
  LambdaPermission,
  SecretsmanagerSecret,
  SqsQueue,
} from '../aws';
import type { FunctionSettings } from '../config';
import { type ForwarderRefs, LOKI_FORWARDER_SPEC } from '../functions/loki-forwarder';
import { type FunctionDefaults, ServiceFunction } from './service-function';

export interface ObservabilityProps {
  readonly account: AccountContext;
  readonly prefix: string;
  readonly lokiSecretName: string;
  /** Days Secrets Manager keeps a deleted secret recoverable (0 deletes at once). */
  readonly secretRecoveryDays: number;
  readonly forwarder: FunctionSettings;
  readonly defaults: FunctionDefaults;
  /** Every log group to ship to Loki, by a stable id; the forwarder's own is never among them. */
  readonly logGroups: Readonly<Record<string, CloudwatchLogGroup>>;
}

/**
 * Log shipping to Grafana Loki: the forwarder Lambda, its Loki credentials secret (declared here,
 * its value is set outside Terraform), a subscription filter on every log group, invoke
 * permissions scoped to those log groups, and an SQS on-failure destination for replay.
 */
export class Observability extends Construct {
  public readonly forwarder: ServiceFunction<ForwarderRefs>;
  public readonly lokiSecret: SecretsmanagerSecret;
  public readonly failureQueue: SqsQueue;
  public readonly subscriptions: readonly CloudwatchLogSubscriptionFilter[];

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const { defaults } = props;
    this.lokiSecret = new SecretsmanagerSecret(this, 'loki-secret', {
      name: props.lokiSecretName,
      description:
        'Loki push URL and credentials as JSON: {"url","username","password"} or {"url","bearerToken"}',
      recoveryWindowInDays: props.secretRecoveryDays,
    });
    this.failureQueue = new SqsQueue(this, 'failures', {
      name: defaults.names.forwarderFailureQueue,
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: 14 * 24 * 3600,
    });
    this.forwarder = new ServiceFunction(this, 'forwarder', {
      spec: LOKI_FORWARDER_SPEC,
      refs: {
        prefix: props.prefix,
        lokiSecretArn: this.lokiSecret.arn,
        failureQueueArn: this.failureQueue.arn,
      },
      settings: props.forwarder,
      defaults,
    });
    new LambdaFunctionEventInvokeConfig(this, 'async-failures', {
      functionName: this.forwarder.function.functionName,
      maximumRetryAttempts: 2,
      maximumEventAgeInSeconds: 6 * 3600,
      destinationConfig: { onFailure: { destination: this.failureQueue.arn } },
    });
    // The forwarder's own log group is created inside this construct and never passed in, so it
    // is never subscribed (that would forward its own lines forever).
    this.subscriptions = Object.entries(props.logGroups).map(([groupId, logGroup]) => {
      const permission = new LambdaPermission(this, `invoke-from-${groupId}`, {
        statementId: `logs-${groupId}`,
        action: 'lambda:InvokeFunction',
        functionName: this.forwarder.function.functionName,
        principal: 'logs.amazonaws.com',
        sourceArn: `${logGroup.arn}:*`,
        sourceAccount: props.account.accountId,
      });
      return new CloudwatchLogSubscriptionFilter(this, `ship-${groupId}`, {
        name: `${props.prefix}-to-loki`,
        logGroupName: logGroup.name,
        filterPattern: '',
        destinationArn: this.forwarder.function.arn,
        dependsOn: [permission],
      });
    });
  }
}
