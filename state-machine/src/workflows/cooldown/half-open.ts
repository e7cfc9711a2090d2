import { AdminAlertKind } from '@unstoppable/core';
import { type ChoiceRule, choice, isNumeric, isPresent, not, numericAtMost, when } from '../../asl/choice';
import { attr } from '../../asl/dynamodb-json';
import { ErrorName } from '../../asl/error-names';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import { type WaitState, wait } from '../../asl/wait';
import { adminAlert } from '../admin-alert';
import { cooldownSteps } from '../backoff-tables';
import { circuitKeyAt, circuitStateValue, circuitUpdateParameters } from '../circuit-table';
import { ContextPath } from '../context-paths';
import type { CooldownWorkflowRefs } from '../refs';
import { conditionalWriteRetry } from '../retry-policies';
import type { ResolvedWorkflowSettings } from '../settings';
import { CooldownPath } from './cooldown-paths';

/** Name of the Wait state that cools down for `seconds`. */
export type CooldownWaitStateName = `CoolDown${number}s`;

export const cooldownWaitStateName = (seconds: number): CooldownWaitStateName => `CoolDown${seconds}s`;

/**
 * Wait the cool-down (growing with consecutive opens, capped: picked by a Choice over
 * precomputed Wait states), then OPEN -> HALF_OPEN only if the item still carries this trip.
 */
export function halfOpenStates(refs: CooldownWorkflowRefs, settings: ResolvedWorkflowSettings) {
  const steps = cooldownSteps(settings);
  const first = steps[0] ?? { upTo: 1, seconds: settings.cooldownSeconds };
  const last = steps[steps.length - 1] ?? first;
  const waits = Object.fromEntries(
    steps.map((step) => [
      cooldownWaitStateName(step.seconds),
      wait({ Seconds: step.seconds, Next: 'OpenToHalfOpen' }),
    ]),
  ) as Record<CooldownWaitStateName, WaitState<'OpenToHalfOpen'>>;
  const byOpens = steps.map((step) =>
    when(numericAtMost(CooldownPath.consecutiveOpens, step.upTo), cooldownWaitStateName(step.seconds)),
  );
  const rules: [ChoiceRule<CooldownWaitStateName>, ...ChoiceRule<CooldownWaitStateName>[]] = [
    when(not(isPresent(CooldownPath.consecutiveOpens)), cooldownWaitStateName(first.seconds)),
    when(not(isNumeric(CooldownPath.consecutiveOpens)), cooldownWaitStateName(first.seconds)),
    ...byOpens,
  ];
  const fixed = {
    PickCooldown: choice({ Choices: rules, Default: cooldownWaitStateName(last.seconds) }),
    OpenToHalfOpen: task({
      Comment: 'Only this trip may half-open the circuit: a reset, a force-open or a newer trip wins.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: circuitKeyAt(CooldownPath.circuitId),
        update: 'SET #state = :halfOpen, #updatedBy = :me',
        // HALF_OPEN with our trip id can only be our own earlier (retried) write.
        condition: '#tripId = :tripId AND #state IN (:open, :halfOpen)',
        values: {
          ':halfOpen': circuitStateValue.halfOpen,
          ':open': circuitStateValue.open,
          ':tripId': attr.stringAt(CooldownPath.tripId),
          ':me': attr.stringAt(ContextPath.executionName),
        },
      }),
      ResultSelector: { rounds: 0, lastOwner: '' },
      ResultPath: CooldownPath.watch,
      Retry: conditionalWriteRetry(settings),
      Catch: [
        {
          ErrorEquals: [ErrorName.ConditionalCheckFailed],
          ResultPath: CooldownPath.superseded,
          Next: 'Superseded',
        },
        { ErrorEquals: [ErrorName.ALL], ResultPath: CooldownPath.error, Next: 'AlertHalfOpenFailed' },
      ],
      Next: 'WaitProbeLease',
    }),
    AlertHalfOpenFailed: adminAlert({
      topicArn: refs.adminTopicArn,
      kind: AdminAlertKind.HalfOpenFailed,
      settings,
      subject: 'Circuit could not half-open',
      message:
        'Circuit {} (trip {}) could not move to HALF_OPEN ({}). It stays OPEN until an admin resets it.',
      args: [CooldownPath.circuitId, CooldownPath.tripId, CooldownPath.errorName],
      next: 'CooldownFailed',
      errorPath: CooldownPath.alertError,
    }),
  };
  return { fixed, waits };
}
