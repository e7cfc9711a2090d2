import type { LogService, TableKey } from '@unstoppable/core';
import type { FunctionId, StackConfig } from '../config';
import type { PolicyStatement } from '../iam/policy-document';

/** A table as functions reference it: the name for the environment, the ARN for the policy. */
export interface TableRef {
  readonly name: string;
  readonly arn: string;
}

export interface QueueRef {
  readonly url: string;
  readonly arn: string;
}

/** What the application functions (payment worker, order API, retry handler) may touch. */
export interface AppFunctionRefs {
  readonly tables: Readonly<Record<TableKey, TableRef>>;
  readonly retryQueue: QueueRef;
  readonly retryDeadLetterQueue: QueueRef;
  readonly orderWorkflowArn: string;
  /** ARN pattern of the order workflow's executions (`...:execution:<state machine name>:*`). */
  readonly orderExecutionsArn: string;
}

/**
 * One Lambda service: where its bundle comes from, what it is called, and the environment and
 * IAM statements it needs, both derived from the same references so they cannot drift apart.
 * Each role lists only the actions its code uses on the resources it uses them on.
 */
export interface FunctionSpec<R> {
  /** Folder under `services/`; the bundle is `services/<id>/dist/handler.mjs`. */
  readonly id: FunctionId;
  readonly packageName: string;
  /** Log service name: the function is `<prefix>-<service>`, its log group `/aws/lambda/<prefix>-<service>`. */
  readonly service: LogService;
  readonly description: string;
  /** False while the service has no bundle yet (see `StackConfig.features`). */
  readonly enabled: (features: StackConfig['features']) => boolean;
  readonly environment: (refs: R) => Record<string, string>;
  /** Statements for the code's own calls; log writing and tracing are added for every function. */
  readonly statements: (refs: R) => PolicyStatement[];
}

/** An Allow statement. */
export function allow(
  sid: string,
  actions: readonly string[],
  resources: readonly string[],
): PolicyStatement {
  return { Sid: sid, Effect: 'Allow', Action: actions, Resource: resources };
}
