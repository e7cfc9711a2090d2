import { AdminAlertKind, CircuitState } from '@unstoppable/core';
import {
  choice,
  isPresent,
  not,
  numericAtLeast,
  stringEquals,
  stringEqualsPath,
  when,
} from '../../asl/choice';
import { attr } from '../../asl/dynamodb-json';
import { ErrorName } from '../../asl/error-names';
import { pass } from '../../asl/pass';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import { wait } from '../../asl/wait';
import { adminAlert } from '../admin-alert';
import {
  circuitKeyAt,
  circuitStateValue,
  circuitUpdateParameters,
  getCircuitParameters,
} from '../circuit-table';
import type { CooldownWorkflowRefs } from '../refs';
import { conditionalWriteRetry, serviceRetry } from '../retry-policies';
import type { ResolvedWorkflowSettings } from '../settings';
import { CooldownPath } from './cooldown-paths';

/**
 * Watches the HALF_OPEN circuit of this trip: every `probeLeaseSeconds` it reads the item; a
 * probe owner seen unchanged one lease apart has stalled and is cleared (conditioned on owner
 * and trip) so another execution can probe. Ends when the circuit leaves HALF_OPEN for this
 * trip, or after `probeWatchRounds` rounds (with an admin alert).
 */
export function probeWatchStates(refs: CooldownWorkflowRefs, settings: ResolvedWorkflowSettings) {
  return {
    WaitProbeLease: wait({ Seconds: settings.probeLeaseSeconds, Next: 'ReadProbe' }),
    ReadProbe: task({
      Resource: IntegrationResource.dynamoGetItem,
      Parameters: getCircuitParameters(refs.circuitTableName, circuitKeyAt(CooldownPath.circuitId)),
      ResultPath: CooldownPath.circuit,
      Retry: serviceRetry(settings),
      Catch: [{ ErrorEquals: [ErrorName.ALL], ResultPath: CooldownPath.readError, Next: 'ForgetProbeOwner' }],
      Next: 'CheckProbe',
    }),
    CheckProbe: choice({
      Choices: [
        when(not(isPresent(CooldownPath.circuitItem)), 'ProbeWatchEnded'),
        when(not(isPresent(CooldownPath.circuitState)), 'ProbeWatchEnded'),
        when(not(stringEquals(CooldownPath.circuitState, CircuitState.HALF_OPEN)), 'ProbeWatchEnded'),
        when(not(isPresent(CooldownPath.circuitTripId)), 'ProbeWatchEnded'),
        when(not(stringEqualsPath(CooldownPath.circuitTripId, CooldownPath.tripId)), 'ProbeWatchEnded'),
        when(numericAtLeast(CooldownPath.rounds, settings.probeWatchRounds), 'AlertProbeWatchLimit'),
        when(not(isPresent(CooldownPath.probeOwner)), 'ForgetProbeOwner'),
        when(stringEqualsPath(CooldownPath.probeOwner, CooldownPath.lastOwner), 'ClearStaleProbe'),
      ],
      Default: 'RememberProbeOwner',
    }),
    ClearStaleProbe: task({
      Comment: 'The same owner a whole lease later: its execution stalled or died.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: circuitKeyAt(CooldownPath.circuitId),
        update: 'REMOVE #probeOwner, #probeClaimedAt',
        condition: '#state = :halfOpen AND #tripId = :tripId AND #probeOwner = :owner',
        values: {
          ':halfOpen': circuitStateValue.halfOpen,
          ':tripId': attr.stringAt(CooldownPath.tripId),
          ':owner': attr.stringAt(CooldownPath.probeOwner),
        },
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: [
        { ErrorEquals: [ErrorName.ALL], ResultPath: CooldownPath.clearError, Next: 'ForgetProbeOwner' },
      ],
      Next: 'ForgetProbeOwner',
    }),
    ForgetProbeOwner: pass({
      Parameters: { 'rounds.$': `States.MathAdd(${CooldownPath.rounds}, 1)`, lastOwner: '' },
      ResultPath: CooldownPath.watch,
      Next: 'WaitProbeLease',
    }),
    RememberProbeOwner: pass({
      Parameters: {
        'rounds.$': `States.MathAdd(${CooldownPath.rounds}, 1)`,
        'lastOwner.$': CooldownPath.probeOwner,
      },
      ResultPath: CooldownPath.watch,
      Next: 'WaitProbeLease',
    }),
    AlertProbeWatchLimit: adminAlert({
      topicArn: refs.adminTopicArn,
      kind: AdminAlertKind.ProbeWatchStopped,
      settings,
      subject: 'Circuit still HALF_OPEN',
      message:
        'Circuit {} is still HALF_OPEN for trip {} after {} probe leases without a verdict; the cool-down watcher stops. If orders stay queued then reset the circuit.',
      args: [CooldownPath.circuitId, CooldownPath.tripId, CooldownPath.rounds],
      next: 'ProbeWatchStopped',
      errorPath: CooldownPath.alertError,
    }),
  };
}
