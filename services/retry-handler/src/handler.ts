import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { loadConfig } from './config';
import { createRetryHandler } from './retry-handler';

const retryHandler = createRetryHandler(loadConfig(process.env));

/** Lambda entry point for the retry queue's event source mapping (with ReportBatchItemFailures). */
export const handler = (event: SQSEvent, context: Context): Promise<SQSBatchResponse> =>
  retryHandler.handle(event, context);
