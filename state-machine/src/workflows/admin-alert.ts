import { type AdminAlertKind, ALERT_KIND_ATTRIBUTE } from '@unstoppable/core';
import type { JsonPath } from '../asl/common';
import { ErrorName } from '../asl/error-names';
import { IntegrationResource } from '../asl/resources';
import { type TaskState, task } from '../asl/task';
import { statesFormat } from './format';
import { serviceRetry } from './retry-policies';
import type { ResolvedWorkflowSettings } from './settings';

export interface AdminAlertSpec<N extends string> {
  readonly topicArn: string;
  /** What the alert is about: sent as the `alertKind` message attribute, for subscribers' metrics and filters. */
  readonly kind: AdminAlertKind;
  readonly settings: ResolvedWorkflowSettings;
  /** Short subject (SNS allows 100 characters). */
  readonly subject: string;
  /** Message template; `{}` slots take `args` in order. */
  readonly message: string;
  readonly args: readonly JsonPath[];
  /** Where to go next, whether the alert went out or not (an alert never blocks the workflow). */
  readonly next: N;
  /** Where a failed publish's error goes. */
  readonly errorPath: JsonPath;
}

/**
 * An `sns:publish` to the admin topic that keeps the input and never fails the execution. Its
 * kind travels as a constant String message attribute (`alertKind`), so no state is added.
 */
export function adminAlert<const N extends string>(spec: AdminAlertSpec<N>): TaskState<N> {
  return task({
    Resource: IntegrationResource.snsPublish,
    Parameters: {
      TopicArn: spec.topicArn,
      Subject: spec.subject,
      'Message.$': statesFormat(spec.message, ...spec.args),
      MessageAttributes: { [ALERT_KIND_ATTRIBUTE]: { DataType: 'String', StringValue: spec.kind } },
    },
    ResultPath: null,
    Retry: serviceRetry(spec.settings),
    Catch: [{ ErrorEquals: [ErrorName.ALL], ResultPath: spec.errorPath, Next: spec.next }],
    Next: spec.next,
  });
}
