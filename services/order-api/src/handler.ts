import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createOrderApi } from './app';
import { loadConfig } from './config';
import type { ApiEvent } from './http/api-request';

const api = createOrderApi(loadConfig(process.env));

/** Lambda entry point for the HTTP API (payload format 2.0). */
export const handler = (event: ApiEvent, context: Context): Promise<APIGatewayProxyStructuredResultV2> =>
  api.handle(event, context);
