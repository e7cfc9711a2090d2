import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { LogService } from '@unstoppable/core';
import type { CloudWatchLogsEvent, Context } from 'aws-lambda';
import { loadConfig } from './config';
import { recordForwardMetrics } from './forward-metrics';
import { emptyForwardStats } from './forward-stats';
import { createForwarder } from './forwarder';
import { createTargetProvider } from './loki-target-provider';

const config = loadConfig(process.env);
const logger = new Logger({ serviceName: LogService.lokiForwarder });
const metrics = new Metrics({ namespace: config.metricsNamespace, serviceName: LogService.lokiForwarder });
const secretsManager = new SecretsManagerClient({});
const forward = createForwarder({
  env: config.env,
  logGroupPrefix: config.logGroupPrefix,
  batch: config.batch,
  push: config.push,
  targets: createTargetProvider(config.loki, secretsManager),
  logger,
});

/**
 * CloudWatch Logs subscription target: forwards the event's lines to Loki within the time the
 * invocation has left (less a safety margin); throws when they cannot be delivered, so the
 * event goes to the on-failure destination.
 */
export const handler = async (event: CloudWatchLogsEvent, context: Context): Promise<void> => {
  logger.addContext(context);
  const deadline = Date.now() + context.getRemainingTimeInMillis() - config.safetyMarginMs;
  const stats = emptyForwardStats();
  try {
    await forward(event, deadline, stats);
    logger.debug('forwarded', { ...stats });
  } finally {
    recordForwardMetrics(metrics, stats);
    metrics.publishStoredMetrics();
  }
};
