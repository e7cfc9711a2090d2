import { LogService } from '@unstoppable/core';
import { allow, type FunctionSpec } from './function-spec';

/** What the Loki forwarder may touch. */
export interface ForwarderRefs {
  /** Resource name prefix: the forwarder derives the `service` label from log group names with it. */
  readonly prefix: string;
  readonly lokiSecretArn: string;
  /** On-failure destination of its asynchronous invocations. */
  readonly failureQueueArn: string;
}

/** The log forwarder: reads the Loki secret, pushes to Loki, parks what it cannot deliver. */
export const LOKI_FORWARDER_SPEC: FunctionSpec<ForwarderRefs> = {
  id: 'loki-forwarder',
  packageName: '@unstoppable/loki-forwarder',
  service: LogService.lokiForwarder,
  description: 'Forwards CloudWatch Logs subscription events to Grafana Loki',
  enabled: () => true,
  environment: ({ prefix, lokiSecretArn }) => ({
    LOG_GROUP_PREFIX: prefix,
    LOKI_SECRET_ARN: lokiSecretArn,
  }),
  statements: ({ lokiSecretArn, failureQueueArn }) => [
    allow('ReadLokiSecret', ['secretsmanager:GetSecretValue'], [lokiSecretArn]),
    // Lambda sends failed asynchronous events to the destination with the function's role.
    allow('OnFailureDestination', ['sqs:SendMessage'], [failureQueueArn]),
  ],
};
