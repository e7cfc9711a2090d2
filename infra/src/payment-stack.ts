import { DEMO_CATALOG } from '@unstoppable/core';
import type { Construct } from 'constructs';
import { accountContext, arn } from './account';
import { AwsProvider } from './aws';
import { Lazy, S3Backend, TerraformOutput, TerraformStack } from './cdktf';
import type { StackConfig } from './config';
import { Alarms } from './constructs/alarms';
import { Api } from './constructs/api';
import { DashboardConfig } from './constructs/dashboard-config';
import { Data } from './constructs/data';
import { Functions } from './constructs/functions';
import { Messaging } from './constructs/messaging';
import { NotificationFeed } from './constructs/notification-feed';
import { Observability } from './constructs/observability';
import type { FunctionDefaults, ServiceFunction } from './constructs/service-function';
import { Web } from './constructs/web';
import { Workflows } from './constructs/workflows';
import { SERVICES_DIR } from './functions/bundle';
import { resourceNames } from './naming';

export interface PaymentStackOptions {
  /** Where the service bundles are; tests point it at fixtures. @default the repository's services/ */
  readonly servicesDir?: string;
}

/** One environment of the payment pipeline: every construct wired together, plus its outputs. */
export class PaymentStack extends TerraformStack {
  public readonly data: Data;
  public readonly messaging: Messaging;
  public readonly web: Web;
  public readonly functions: Functions;
  public readonly workflows: Workflows;
  public readonly api?: Api;
  /** The dashboard's `config.json` with the API URL; absent when the order API is switched off. */
  public readonly dashboardConfig?: DashboardConfig;
  public readonly notificationFeed: NotificationFeed;
  public readonly observability: Observability;
  public readonly alarms: Alarms;
  /** Every Lambda of the stack, whichever construct declares it. */
  public readonly serviceFunctions: readonly ServiceFunction<unknown>[];

  constructor(scope: Construct, id: string, config: StackConfig, options: PaymentStackOptions = {}) {
    super(scope, id);
    new AwsProvider(this, 'aws', {
      region: config.region,
      defaultTags: [
        { tags: { Project: 'unstoppable-payments', Environment: config.environment, ManagedBy: 'cdktf' } },
      ],
    });
    new S3Backend(this, { ...config.remoteState, encrypt: true });
    // S3-native state locking (Terraform >= 1.10); cdktf's S3Backend type predates the option.
    this.addOverride('terraform.backend.s3.use_lockfile', true);

    const names = resourceNames(config.prefix);
    const account = accountContext(this, config.region);
    this.data = new Data(this, 'data', {
      names,
      deletionProtection: config.deletionProtection,
      catalog: DEMO_CATALOG,
    });
    this.messaging = new Messaging(this, 'messaging', { names, account, config });
    this.web = new Web(this, 'web', {
      names,
      prefix: config.prefix,
      retainBucket: config.deletionProtection,
    });

    const defaults: FunctionDefaults = {
      names,
      environment: config.environment,
      logLevel: config.logLevel,
      logRetentionDays: config.logRetentionDays,
      servicesDir: options.servicesDir ?? SERVICES_DIR,
    };
    const { retry, notifications, events } = this.messaging;
    this.functions = new Functions(this, 'functions', {
      defaults,
      functions: config.functions,
      features: config.features,
      retryQueue: config.retryQueue,
      refs: {
        tables: this.data.tables,
        retryQueue: retry.queue,
        retryDeadLetterQueue: retry.deadLetterQueue,
        // The order workflow is declared below (it invokes the payment function declared here).
        orderWorkflowArn: Lazy.stringValue({ produce: () => this.workflows.order.stateMachine.arn }),
        orderExecutionsArn: arn(account, 'states', `execution:${names.orderWorkflow}:*`),
      },
    });
    this.workflows = new Workflows(this, 'workflows', {
      names,
      account,
      config,
      settings: config.workflowSettings,
      paymentFunction: this.functions.paymentProcessor.function,
      ordersTable: this.data.tables.orders,
      circuitTable: this.data.tables.circuit,
      retryQueue: retry.queue,
      adminTopic: notifications.adminTopic,
      adminTopicKeyArn: notifications.key.arn,
      eventBus: events.bus,
    });
    const orderApi = this.functions.orderApi;
    if (orderApi) {
      this.api = new Api(this, 'api', {
        names,
        account,
        prefix: config.prefix,
        handler: orderApi.function,
        dashboardOrigin: this.web.origin,
        api: config.api,
        logRetentionDays: config.logRetentionDays,
      });
      this.dashboardConfig = new DashboardConfig(this, 'dashboard-config', {
        bucket: this.web.bucket,
        apiBaseUrl: this.api.stage.invokeUrl,
      });
    }

    this.notificationFeed = new NotificationFeed(this, 'notification-feed', {
      notificationsTable: this.data.tables.notifications,
      topics: { admin: notifications.adminTopic, customer: notifications.customerTopic },
      recorder: config.functions['notification-recorder'],
      defaults,
    });

    const functionLogGroups = Object.fromEntries(
      Object.entries(this.functions.byId).map(([functionId, fn]) => [functionId, fn.logGroup]),
    );
    this.observability = new Observability(this, 'observability', {
      account,
      prefix: config.prefix,
      lokiSecretName: config.lokiSecretName,
      secretRecoveryDays: config.deletionProtection ? 30 : 0,
      forwarder: config.functions['loki-forwarder'],
      defaults,
      logGroups: {
        ...functionLogGroups,
        'notification-recorder': this.notificationFeed.recorder.logGroup,
        'order-workflow': this.workflows.order.logGroup,
        'cooldown-workflow': this.workflows.cooldown.logGroup,
        ...(this.api ? { 'api-access': this.api.accessLogGroup } : {}),
      },
    });
    this.alarms = new Alarms(this, 'alarms', {
      prefix: config.prefix,
      adminTopicArn: notifications.adminTopic.arn,
      deadLetterQueues: [
        {
          id: 'retry-dlq-not-empty',
          queueName: retry.deadLetterQueue.name,
          description: 'Orders left the retry queue for its dead-letter queue: handle them by hand.',
        },
        {
          id: 'log-forwarder-dlq-not-empty',
          queueName: this.observability.failureQueue.name,
          description: 'Log batches could not be shipped to Loki: replay them from the queue.',
        },
        {
          id: 'notification-recorder-dlq-not-empty',
          queueName: this.notificationFeed.failureQueue.name,
          description: 'Notifications could not be recorded for the dashboard: replay them from the queue.',
        },
      ],
      forwarderFunctionName: this.observability.forwarder.function.functionName,
      orderWorkflowArn: this.workflows.order.stateMachine.arn,
      cooldownWorkflowArn: this.workflows.cooldown.stateMachine.arn,
    });
    this.serviceFunctions = [
      ...Object.values(this.functions.byId),
      this.notificationFeed.recorder,
      this.observability.forwarder,
    ];
    this.outputs();
  }

  private outputs(): void {
    const output = (id: string, value: string, description: string) =>
      new TerraformOutput(this, id, { value, description });
    if (this.api) output('api_url', this.api.stage.invokeUrl, 'Base URL of the order and admin HTTP API');
    const { userPool, userPoolClient } = this.api ?? {};
    if (userPool && userPoolClient) {
      output('admin_user_pool_id', userPool.id, 'Cognito user pool of the admins');
      output('admin_client_id', userPoolClient.id, 'App client whose ID tokens the admin routes accept');
    }
    output('dashboard_url', this.web.origin, 'The dashboard (CloudFront)');
    output('dashboard_bucket', this.web.bucket.bucket, 'Bucket the dashboard build is uploaded to');
    output(
      'dashboard_distribution_id',
      this.web.distribution.id,
      'CloudFront distribution of the dashboard (invalidated after an upload)',
    );
    output('order_workflow_arn', this.workflows.order.stateMachine.arn, 'Order workflow state machine');
    output(
      'cooldown_workflow_arn',
      this.workflows.cooldown.stateMachine.arn,
      'Cool-down workflow state machine',
    );
    output('admin_topic_arn', this.messaging.notifications.adminTopic.arn, 'Admin alerts topic');
    output(
      'customer_topic_arn',
      this.messaging.notifications.customerTopic.arn,
      'Customer notifications topic',
    );
    output(
      'loki_secret_arn',
      this.observability.lokiSecret.arn,
      'Secret to put the Loki URL and credentials in',
    );
  }
}
