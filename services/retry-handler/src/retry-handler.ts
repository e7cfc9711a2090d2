import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SFNClient } from '@aws-sdk/client-sfn';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { CircuitState, LogService, METRICS_NAMESPACE } from '@unstoppable/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { CircuitReader, type CircuitView } from './circuit-reader';
import type { RetryHandlerConfig } from './config';
import { retryOrder } from './order-retrier';
import { countQueuedOrder, countRetryOutcome } from './retry-metrics';

export interface RetryHandler {
  readonly handle: (event: SQSEvent, context?: Context) => Promise<SQSBatchResponse>;
  readonly logger: Logger;
}

/** Test seams; each defaults to a real client for the configured endpoint. */
export interface RetryHandlerOverrides {
  readonly dynamoDb?: DynamoDBClient;
  readonly sfn?: SFNClient;
  readonly sqs?: SQSClient;
}

/**
 * Wires the retry handler: reads the circuit once per batch, then handles every message,
 * reporting failed ones as `batchItemFailures` (the event source mapping needs
 * `ReportBatchItemFailures`). Create once per container.
 */
export function createRetryHandler(
  config: RetryHandlerConfig,
  overrides: RetryHandlerOverrides = {},
): RetryHandler {
  const { region } = config;
  const dynamoDb = overrides.dynamoDb ?? new DynamoDBClient({ region, endpoint: config.dynamoDbEndpoint });
  const sfn = overrides.sfn ?? new SFNClient({ region, endpoint: config.sfnEndpoint });
  const sqs = overrides.sqs ?? new SQSClient({ region, endpoint: config.sqsEndpoint });
  const logger = new Logger({ serviceName: LogService.retryHandler });
  const metrics = new Metrics({ serviceName: LogService.retryHandler, namespace: METRICS_NAMESPACE });
  const circuit = new CircuitReader(DynamoDBDocumentClient.from(dynamoDb), config.circuitTable);
  const deps = {
    sfn,
    sqs,
    stateMachineArn: config.orderStateMachineArn,
    retryQueueUrl: config.retryQueueUrl,
    redelaySeconds: config.redelaySeconds,
    logger,
  };

  /** If the circuit cannot be read, start the executions anyway: the workflow reads it again and queues safely. */
  const readCircuit = async (): Promise<CircuitView> => {
    try {
      return await circuit.read();
    } catch (error) {
      logger.warn('circuit unreadable; leaving the decision to the workflow', { error });
      return { state: CircuitState.CLOSED };
    }
  };

  const handle = async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
    if (context) logger.addContext(context);
    const view = await readCircuit();
    // A processor per batch: the local stack may run batches of one container concurrently.
    const processor = new BatchProcessor(EventType.SQS);
    try {
      const response = await processPartialResponse(
        event,
        async (record: SQSRecord) => {
          countQueuedOrder(metrics, record);
          const outcome = await retryOrder(record, view, deps);
          countRetryOutcome(metrics, outcome);
          return outcome;
        },
        processor,
        {
          ...(context ? { context } : {}),
          throwOnFullBatchFailure: false,
        },
      );
      logger.info('batch handled', {
        messages: event.Records.length,
        failed: response.batchItemFailures.length,
        circuitState: view.state,
      });
      return response;
    } finally {
      // A batch of redeliveries or invalid messages counts nothing: no EMF document, no empty-flush warning.
      if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
    }
  };
  return { handle, logger };
}
