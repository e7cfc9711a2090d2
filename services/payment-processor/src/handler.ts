import type { ChargeResult } from '@unstoppable/core';
import type { Context } from 'aws-lambda';
import { loadConfig } from './config';
import { createPaymentWorker } from './worker';

const worker = createPaymentWorker(loadConfig(process.env));

/** Lambda entry point: charges the order named in the workflow's payload. */
export const handler = (payload: unknown, context: Context): Promise<ChargeResult> =>
  worker.handle(payload, context);
