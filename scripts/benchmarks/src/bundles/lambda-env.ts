import { TABLES, type TableKey, tableName } from '@unstoppable/core';
import { type FunctionId, loadStackConfigs } from '@unstoppable/infra/src/config';
import { APP_FUNCTION_SPECS } from '@unstoppable/infra/src/functions/app-functions';
import type { AppFunctionRefs, TableRef } from '@unstoppable/infra/src/functions/function-spec';
import { LOKI_FORWARDER_SPEC } from '@unstoppable/infra/src/functions/loki-forwarder';
import { NOTIFICATION_RECORDER_SPEC } from '@unstoppable/infra/src/functions/notification-recorder';
import { BenchSetupError } from '../errors';

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';
const PREFIX = 'up-bench';

const table = (key: TableKey): TableRef => {
  const name = tableName(PREFIX, key);
  return { name, arn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${name}` };
};
const queue = (name: string) => ({
  url: `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${PREFIX}-${name}`,
  arn: `arn:aws:sqs:${REGION}:${ACCOUNT}:${PREFIX}-${name}`,
});
const tables = Object.fromEntries(
  (Object.keys(TABLES) as TableKey[]).map((key) => [key, table(key)]),
) as AppFunctionRefs['tables'];
const orderWorkflowArn = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${PREFIX}-order-workflow`;
const appRefs: AppFunctionRefs = {
  tables,
  retryQueue: queue('order-retry'),
  retryDeadLetterQueue: queue('order-retry-dlq'),
  orderWorkflowArn,
  orderExecutionsArn: `${orderWorkflowArn.replace(':stateMachine:', ':execution:')}:*`,
};
const failureQueueArn = queue('failures').arn;

/** Each function's environment as infra declares it, from dummy references (no AWS call at init). */
const FUNCTION_ENVIRONMENTS: ReadonlyMap<string, Record<string, string>> = new Map([
  ...APP_FUNCTION_SPECS.map((spec) => [spec.id, spec.environment(appRefs)] as const),
  [
    NOTIFICATION_RECORDER_SPEC.id,
    NOTIFICATION_RECORDER_SPEC.environment({ notificationsTable: tables.notifications, failureQueueArn }),
  ],
  [
    LOKI_FORWARDER_SPEC.id,
    LOKI_FORWARDER_SPEC.environment({
      prefix: PREFIX,
      lokiSecretArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${PREFIX}-loki`,
      failureQueueArn,
    }),
  ],
]);

const STACK_CONFIG = loadStackConfigs({}).prod;

/** Memory of a function as infra configures it (prod), in MB. */
export function functionMemoryMb(functionId: string): number {
  const settings = STACK_CONFIG.functions[functionId as FunctionId];
  if (!settings)
    throw new BenchSetupError(`infra has no function settings for "${functionId}" (infra/src/config.ts)`);
  return settings.memoryMb;
}

/**
 * The environment a function starts with on AWS: what the Lambda runtime sets, what infra's
 * service-function construct adds, and the function's own variables from its infra spec, with
 * dummy resource names so module initialisation succeeds without AWS.
 */
export function lambdaInitEnv(functionId: string): Record<string, string> {
  const own = FUNCTION_ENVIRONMENTS.get(functionId);
  if (!own) {
    throw new BenchSetupError(
      `infra declares no function "${functionId}": add its FunctionSpec (infra/src/functions) or drop its bundle script`,
    );
  }
  return {
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    AWS_LAMBDA_FUNCTION_NAME: `${PREFIX}-${functionId}`,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(functionMemoryMb(functionId)),
    ENVIRONMENT: STACK_CONFIG.environment,
    POWERTOOLS_LOG_LEVEL: STACK_CONFIG.logLevel,
    ...own,
  };
}
