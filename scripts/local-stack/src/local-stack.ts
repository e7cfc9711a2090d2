import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkflowSettings } from '@unstoppable/state-machine';
import { LocalStackConfigError } from './errors';
import { type PaymentPipeline, type PaymentPipelineOptions, startPaymentPipeline } from './payment-pipeline';
import { LocalHttpServer } from './server/local-http-server';
import { stepFunctionsOperations } from './server/sfn-operations';
import { sqsOperations } from './server/sqs-operations';
import { StaticFiles } from './server/static-files';
import { SqsEventSourceMapping } from './sqs/event-source-mapping';
import { createLocalServices, type LocalServices, toSnsEvent } from './stack/local-services';
import { QueuePersistence } from './stack/queue-persistence';
import { type ResumedWorkflows, resumeWorkflows } from './stack/resume-workflows';
import { formatStackStatus, readStackStatus, type StackStatus } from './stack/stack-status';
import { FAST_TIMINGS, STANDARD_TIMINGS } from './stack/timing-presets';

/** Shortest admin token the order API accepts (as its config does). */
export { MIN_ADMIN_TOKEN_LENGTH } from '@unstoppable/order-api';

import { MIN_ADMIN_TOKEN_LENGTH } from '@unstoppable/order-api';

/** The dashboard's build output in this repository, served at `/` when present. */
export const DEFAULT_WEB_ROOT = resolve(__dirname, '../../../dashboards/web/dist');

/** Options of {@link startLocalStack}. */
export interface LocalStackOptions
  extends Pick<
    PaymentPipelineOptions,
    'prefix' | 'random' | 'gatewayTimeoutMs' | 'chaosCacheTtlMs' | 'timeScale'
  > {
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** 0 picks a free port. @default 3000 */
  readonly port?: number;
  /** Keep DynamoDB and the queues in this directory across restarts. @default in memory */
  readonly dataDir?: string;
  /** Admin bearer token (16+ characters). @default a random one, see {@link LocalStack.adminToken} */
  readonly adminToken?: string;
  /** The built dashboard to serve at `/`, or `false` for none. @default {@link DEFAULT_WEB_ROOT} when it exists */
  readonly webRoot?: string | false;
  /** Seconds instead of minutes for cool-downs and retry delays. @default false */
  readonly fast?: boolean;
  /** Workflow settings over the preset's (`fast` or the design's). */
  readonly workflowSettings?: WorkflowSettings;
  /** Retry handler re-delay while the circuit holds retries back, in seconds. @default preset (30, fast: 2) */
  readonly redelaySeconds?: number;
  /** The retry poller: messages per batch (1-10) and concurrent batches (2-1000). @default 10 and 2 */
  readonly retryBatchSize?: number;
  readonly retryMaximumConcurrency?: number;
  /** Silence the services' Powertools logs (tests, benchmarks). @default false */
  readonly quiet?: boolean;
}

/** The running local stack. */
export interface LocalStack {
  /** `http://host:port`: the order API, the dashboard at `/` and the AWS JSON endpoint. */
  readonly url: string;
  readonly adminToken: string;
  /** Whether the admin token was generated (and should be printed). */
  readonly adminTokenGenerated: boolean;
  /** Whether the dashboard is served at `/`. */
  readonly servesDashboard: boolean;
  readonly pipeline: PaymentPipeline;
  readonly services: LocalServices;
  readonly retryPoller: SqsEventSourceMapping;
  /** Messages restored from `dataDir` at start. */
  readonly restoredMessages: number;
  /** Executions restarted from the stored state at start (with `dataDir`). */
  readonly resumed: ResumedWorkflows;
  status(): Promise<StackStatus>;
  statusLine(): Promise<string>;
  /** Stops everything: HTTP first, then the poller, the workflows (after a grace period), storage. */
  end(options?: { readonly graceMs?: number }): Promise<void>;
}

function adminTokenOf(option: string | undefined): { token: string; generated: boolean } {
  if (option === undefined) return { token: randomBytes(24).toString('base64url'), generated: true };
  if (option.length < MIN_ADMIN_TOKEN_LENGTH) {
    throw new LocalStackConfigError(
      'adminToken',
      `must be at least ${MIN_ADMIN_TOKEN_LENGTH} characters long`,
    );
  }
  return { token: option, generated: false };
}

function webRootOf(option: string | false | undefined): string | undefined {
  if (option === false) return undefined;
  const root = resolve(option ?? DEFAULT_WEB_ROOT);
  if (existsSync(join(root, 'index.html'))) return root;
  if (option !== undefined)
    throw new LocalStackConfigError('webRoot', `${root} has no index.html (build the dashboard first)`);
  return undefined;
}

/**
 * Starts the whole system on localhost: DynamoDB, queues, topics, the bus and both workflows (the
 * pipeline), the order API, retry handler and notification recorder wired as on AWS, the retry
 * queue's event source mapping, and one HTTP server for the API, the dashboard and the SDK clients.
 */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const { token: adminToken, generated } = adminTokenOf(options.adminToken);
  const webRoot = webRootOf(options.webRoot);
  if (options.quiet) process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const preset = options.fast ? FAST_TIMINGS : STANDARD_TIMINGS;
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  const server = await LocalHttpServer.listen(options.host ?? '127.0.0.1', options.port ?? 3000);
  let pipeline: PaymentPipeline | undefined;
  try {
    pipeline = await startPaymentPipeline({
      prefix: options.prefix,
      random: options.random,
      gatewayTimeoutMs: options.gatewayTimeoutMs,
      chaosCacheTtlMs: options.chaosCacheTtlMs,
      timeScale: options.timeScale,
      dynamoDbPath: dataDir && join(dataDir, 'dynamodb'),
      workflowSettings: { ...preset.workflow, ...options.workflowSettings },
    });
    const { runtime } = pipeline;
    const persistence = dataDir
      ? new QueuePersistence(runtime.queues, join(dataDir, 'queues.json'))
      : undefined;
    const restoredMessages = persistence ? await persistence.restore() : 0;
    const services = createLocalServices(pipeline, {
      awsEndpoint: server.url,
      adminToken,
      redelaySeconds: options.redelaySeconds ?? preset.redelaySeconds,
    });
    for (const topicArn of [runtime.adminTopicArn, runtime.customerTopicArn]) {
      runtime.topics.subscribe(topicArn, async (notification) => {
        await services.notificationRecorder.handle(toSnsEvent(notification));
      });
    }
    const documents = DynamoDBDocumentClient.from(runtime.dynamodb.client);
    // Before the poller: the lost-message check reads the restored queue while nothing moves it.
    const resumed = dataDir ? await resumeWorkflows(pipeline, documents) : { orders: [], requeued: [] };
    const retryPoller = new SqsEventSourceMapping({
      queue: runtime.retryQueue,
      handler: (event) => services.retryHandler.handle(event),
      batchSize: options.retryBatchSize,
      maximumConcurrency: options.retryMaximumConcurrency,
    }).start();
    persistence?.start(2000);
    server.route({
      api: (event) => services.orderApi.handle(event),
      aws: { ...stepFunctionsOperations(runtime.stepFunctions), ...sqsOperations(runtime.queues) },
      files: webRoot ? new StaticFiles(webRoot, { apiBaseUrl: '' }) : undefined,
    });
    const started = pipeline;
    const status = () => readStackStatus(runtime, documents);
    return {
      url: server.url,
      adminToken,
      adminTokenGenerated: generated,
      servesDashboard: webRoot !== undefined,
      pipeline: started,
      services,
      retryPoller,
      restoredMessages,
      resumed,
      status,
      statusLine: async () => formatStackStatus(await status()),
      async end(endOptions = {}) {
        await server.close();
        await retryPoller.stop();
        await runtime.stepFunctions.end({ graceMs: endOptions.graceMs ?? 0 });
        await runtime.topics.flush();
        await persistence?.stop();
        await started.end();
      },
    };
  } catch (error) {
    await server.close();
    await pipeline?.end();
    throw error;
  }
}
