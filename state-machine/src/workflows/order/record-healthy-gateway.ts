import { AdminAlertKind, CIRCUIT_ATTRIBUTES } from '@unstoppable/core';
import { choice, isPresent, not, numericAtLeast, stringEquals, when } from '../../asl/choice';
import { attr } from '../../asl/dynamodb-json';
import { ErrorName } from '../../asl/error-names';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import { adminAlert } from '../admin-alert';
import { circuitStateValue, circuitUpdateParameters, PAYMENT_GATEWAY_CIRCUIT_KEY } from '../circuit-table';
import { ContextPath } from '../context-paths';
import { conditionalWriteRetry } from '../retry-policies';
import type { OrderBuildContext } from './order-build-context';
import { OrderPath } from './order-paths';

/**
 * DESIGN 4 steps 4-5, circuit side: the gateway answered (a capture or a decline). A probe counts
 * a success and closes the circuit at `successThreshold`; otherwise reset the failure count only
 * if the read showed it non-zero, so the healthy path writes nothing to the circuit. These writes
 * are best effort: the order is already settled.
 */
export function recordHealthyGatewayStates({ refs, settings }: OrderBuildContext) {
  const probeGuard = '#state = :halfOpen AND #tripId = :tripId AND #probeOwner = :owner';
  const probeValues = {
    ':halfOpen': circuitStateValue.halfOpen,
    ':tripId': attr.stringAt(OrderPath.probeTripId),
    ':owner': attr.stringAt(OrderPath.probeOwner),
  } as const;
  const bestEffort = [
    { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.circuitError, Next: 'Finished' },
  ] as const;
  return {
    RecordHealthyGateway: choice({
      Choices: [
        when(isPresent(OrderPath.probe), 'RecordProbeSuccess'),
        when(not(isPresent(OrderPath.circuitItem)), 'Finished'),
        when(not(isPresent(OrderPath.circuitFailures)), 'Finished'),
        when(stringEquals(OrderPath.circuitFailures, '0'), 'Finished'),
      ],
      Default: 'ResetFailures',
    }),
    ResetFailures: task({
      Comment: 'Failures count consecutive technical errors; a healthy answer ends the run.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update: 'SET #failures = :zero',
        condition: '(attribute_not_exists(#state) OR #state = :closed) AND #failures > :zero',
        values: { ':zero': attr.number(0), ':closed': circuitStateValue.closed },
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: bestEffort,
      Next: 'Finished',
    }),
    RecordProbeSuccess: task({
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update: 'SET #updatedAt = :now ADD #probeSuccesses :one',
        condition: probeGuard,
        values: { ...probeValues, ':now': attr.stringAt(ContextPath.startTime), ':one': attr.number(1) },
        returnValues: 'UPDATED_NEW',
      }),
      ResultSelector: {
        'probeSuccesses.$': `States.StringToJson($.Attributes.${CIRCUIT_ATTRIBUTES.probeSuccesses}.N)`,
      },
      ResultPath: OrderPath.probeResult,
      Retry: conditionalWriteRetry(settings),
      Catch: bestEffort,
      Next: 'CheckProbeSuccesses',
    }),
    CheckProbeSuccesses: choice({
      Choices: [when(numericAtLeast(OrderPath.probeSuccesses, settings.successThreshold), 'CloseCircuit')],
      Default: 'ReleaseProbe',
    }),
    CloseCircuit: task({
      Comment: 'Enough probes succeeded: CLOSED, counters and trip cleared, only if still our probe.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update:
          'SET #state = :closed, #failures = :zero, #consecutiveOpens = :zero, #probeSuccesses = :zero, #updatedAt = :now, #updatedBy = :owner REMOVE #tripId, #openedAt, #probeOwner, #probeClaimedAt',
        condition: probeGuard,
        values: {
          ...probeValues,
          ':closed': circuitStateValue.closed,
          ':zero': attr.number(0),
          ':now': attr.stringAt(ContextPath.startTime),
        },
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: bestEffort,
      Next: 'AlertCircuitClosed',
    }),
    AlertCircuitClosed: adminAlert({
      topicArn: refs.adminTopicArn,
      kind: AdminAlertKind.CircuitClosed,
      settings,
      subject: 'Payment gateway circuit CLOSED',
      message:
        'The payment gateway recovered: {} probe(s) of trip {} succeeded and the circuit closed. Queued orders are resubmitted as their retry messages come due.',
      args: [OrderPath.probeSuccesses, OrderPath.probeTripId],
      next: 'Finished',
      errorPath: OrderPath.circuitError,
    }),
    ReleaseProbe: task({
      Comment: 'More probes needed: free the probe for the next execution.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update: 'REMOVE #probeOwner, #probeClaimedAt',
        condition: probeGuard,
        values: probeValues,
      }),
      ResultPath: null,
      Retry: conditionalWriteRetry(settings),
      Catch: bestEffort,
      Next: 'Finished',
    }),
  };
}
