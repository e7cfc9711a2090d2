import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createOrderInputSchema, LogService, METRICS_NAMESPACE } from '@unstoppable/core';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ulid } from 'ulid';
import { type AdminAuthenticator, createAdminAuthenticator } from './admin/admin-auth';
import { adminRoutes } from './admin/admin-routes';
import { ChaosRepository } from './admin/chaos-repository';
import { NotificationFeed } from './admin/notification-feed';
import { QueueStatsReader } from './admin/queue-stats';
import { CircuitRepository } from './circuit/circuit-repository';
import { statusRoutes } from './circuit/status-routes';
import type { OrderApiConfig } from './config';
import { OrderApiError } from './errors';
import { type ApiEvent, toApiRequest } from './http/api-request';
import { type ApiResult, problemResponse, toHttpResponse } from './http/api-response';
import { Router } from './http/router';
import { OrderRepository } from './orders/order-repository';
import { orderRoutes } from './orders/order-routes';
import { OrderWorkflowStarter } from './orders/order-workflow-starter';
import { PriceList } from './products/price-list';
import { ProductCatalog } from './products/product-catalog';
import { productRoutes } from './products/product-routes';

export interface OrderApi {
  readonly handle: (event: ApiEvent, context?: Context) => Promise<APIGatewayProxyStructuredResultV2>;
  readonly logger: Logger;
}

/** Test seams; each defaults to the real thing. */
export interface OrderApiOverrides {
  readonly dynamoDb?: DynamoDBClient;
  readonly sfn?: SFNClient;
  readonly sqs?: SQSClient;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** @default ulid */
  readonly newOrderId?: () => string;
  /** @default crypto.randomUUID */
  readonly newTripId?: () => string;
}

/**
 * Wires the order API: AWS SDK clients (pointed at local endpoints when configured), the
 * repositories, the routes and the admin authenticator. Create once per container.
 */
export function createOrderApi(config: OrderApiConfig, overrides: OrderApiOverrides = {}): OrderApi {
  const { region } = config;
  const dynamoDb = overrides.dynamoDb ?? new DynamoDBClient({ region, endpoint: config.dynamoDbEndpoint });
  const sfn = overrides.sfn ?? new SFNClient({ region, endpoint: config.sfnEndpoint });
  const sqs = overrides.sqs ?? new SQSClient({ region, endpoint: config.sqsEndpoint });
  const documents = DynamoDBDocumentClient.from(dynamoDb);
  const logger = new Logger({ serviceName: LogService.orderApi });
  const metrics = new Metrics({ serviceName: LogService.orderApi, namespace: METRICS_NAMESPACE });
  const now = overrides.now ?? (() => new Date());
  const orders = new OrderRepository(documents, config.ordersTable);
  const circuit = new CircuitRepository(documents, config.circuitTable);
  const catalog = new ProductCatalog(documents, config.productsTable);
  const router = new Router([
    ...statusRoutes(circuit),
    ...productRoutes({ catalog, logger }),
    ...orderRoutes({
      orders,
      workflow: new OrderWorkflowStarter(sfn, config.orderStateMachineArn),
      schema: createOrderInputSchema({ maxAmountMinor: config.maxAmountMinor }),
      prices: new PriceList(catalog),
      newOrderId: overrides.newOrderId ?? (() => ulid()),
      now,
      logger,
      metrics,
    }),
    ...adminRoutes({
      circuit,
      chaos: new ChaosRepository(documents, config.runtimeConfigTable),
      queues: new QueueStatsReader(sqs, config.retryQueueUrl, config.deadLetterQueueUrl),
      notifications: new NotificationFeed(documents, config.notificationsTable),
      logger,
      now,
      newTripId: overrides.newTripId ?? (() => crypto.randomUUID()),
    }),
  ]);
  const authenticate: AdminAuthenticator = createAdminAuthenticator(config.adminAuth);

  const handle = async (event: ApiEvent, context?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = performance.now();
    if (context) logger.addContext(context);
    const request = toApiRequest(event);
    let response: APIGatewayProxyStructuredResultV2;
    let logKeys: ApiResult['logKeys'];
    try {
      const { route, params } = router.match(request);
      const actor = route.admin ? authenticate(request) : undefined;
      const result = await route.handler({ request, params, actor });
      logKeys = result.logKeys;
      response = toHttpResponse(result);
    } catch (error) {
      if (error instanceof OrderApiError) {
        logger.info('request refused', { errorName: error.name, fields: error.errors?.map((e) => e.field) });
      } else {
        logger.error('request failed', { error });
      }
      response = problemResponse(error, request.path);
    }
    logger.info('request handled', {
      ...logKeys,
      method: request.method,
      path: request.path,
      statusCode: response.statusCode,
      durationMs: Math.round(performance.now() - started),
    });
    logger.resetKeys();
    // Only requests that counted something write an EMF document (an empty flush only warns).
    if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    return response;
  };
  return { handle, logger };
}
