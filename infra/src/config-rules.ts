import { resolveWorkflowSettings } from '@unstoppable/state-machine';
import type { StackConfig } from './config';
import { InfraConfigError } from './errors';

/** Retention values CloudWatch Logs accepts (days). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const PREFIX = /^[a-z][a-z0-9-]{1,18}[a-z0-9]$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function check(condition: boolean, field: string, problem: string): void {
  if (!condition) throw new InfraConfigError(field, problem);
}

function wholeBetween(value: number, min: number, max: number, field: string): void {
  check(
    Number.isInteger(value) && value >= min && value <= max,
    field,
    `must be a whole number between ${min} and ${max}, got ${value}`,
  );
}

/** Returns `config` unchanged when every field is valid; otherwise throws naming the first bad field. */
export function validateStackConfig(config: StackConfig): StackConfig {
  check(
    PREFIX.test(config.prefix),
    'prefix',
    `must be 3-20 lowercase letters, digits or dashes, got "${config.prefix}"`,
  );
  check(
    REGION.test(config.region),
    'region',
    `must be an AWS region such as eu-west-1, got "${config.region}"`,
  );
  for (const [field, emails] of [
    ['alertEmails', config.alertEmails],
    ['customerEmails', config.customerEmails],
  ] as const) {
    emails.forEach((email, index) => {
      check(EMAIL.test(email), `${field}[${index}]`, `must be an email address, got "${email}"`);
    });
  }
  check(
    (LOG_RETENTION_DAYS as readonly number[]).includes(config.logRetentionDays),
    'logRetentionDays',
    `must be one of ${LOG_RETENTION_DAYS.join(', ')}, got ${config.logRetentionDays}`,
  );
  check(config.lokiSecretName.length > 0, 'lokiSecretName', 'must not be empty');
  check(
    BUCKET.test(config.remoteState.bucket),
    'remoteState.bucket',
    `must be an S3 bucket name, got "${config.remoteState.bucket}"`,
  );
  check(
    config.remoteState.key.endsWith('.tfstate'),
    'remoteState.key',
    `must end with .tfstate, got "${config.remoteState.key}"`,
  );
  check(
    REGION.test(config.remoteState.region),
    'remoteState.region',
    `must be an AWS region, got "${config.remoteState.region}"`,
  );
  for (const [id, settings] of Object.entries(config.functions)) {
    wholeBetween(settings.memoryMb, 128, 10_240, `functions.${id}.memoryMb`);
    wholeBetween(settings.timeoutSeconds, 1, 900, `functions.${id}.timeoutSeconds`);
  }
  wholeBetween(config.retryQueue.maxReceiveCount, 1, 1000, 'retryQueue.maxReceiveCount');
  wholeBetween(config.retryQueue.maximumConcurrency, 2, 1000, 'retryQueue.maximumConcurrency');
  wholeBetween(config.retryQueue.batchSize, 1, 10, 'retryQueue.batchSize');
  wholeBetween(config.api.throttlingRateLimit, 1, 10_000, 'api.throttlingRateLimit');
  wholeBetween(config.api.throttlingBurstLimit, 1, 5_000, 'api.throttlingBurstLimit');
  if (config.api.adminJwt) {
    check(
      config.api.adminJwt.issuer.startsWith('https://'),
      'api.adminJwt.issuer',
      'must be an https:// URL',
    );
    check(
      config.api.adminJwt.audience.length > 0,
      'api.adminJwt.audience',
      'must list at least one audience',
    );
  }
  // Resolving validates the workflow settings too: a bad threshold fails here, naming the setting.
  const taskTimeout = resolveWorkflowSettings(config.workflowSettings).paymentTimeoutSeconds;
  check(
    config.functions['payment-processor'].timeoutSeconds < taskTimeout,
    'functions.payment-processor.timeoutSeconds',
    `must be below the workflow's payment task timeout (${taskTimeout} s) so the worker fails before the task times out`,
  );
  return config;
}
