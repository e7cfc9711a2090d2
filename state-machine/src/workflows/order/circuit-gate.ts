import { CIRCUIT_ATTRIBUTES, CircuitState } from '@unstoppable/core';
import { and, choice, isPresent, not, stringEquals, when } from '../../asl/choice';
import { attr } from '../../asl/dynamodb-json';
import { ErrorName, QueueReason } from '../../asl/error-names';
import { pass } from '../../asl/pass';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import {
  circuitStateValue,
  circuitUpdateParameters,
  getCircuitParameters,
  PAYMENT_GATEWAY_CIRCUIT_KEY,
} from '../circuit-table';
import { ContextPath } from '../context-paths';
import { statesFormat } from '../format';
import { conditionalWriteRetry, serviceRetry } from '../retry-policies';
import type { OrderBuildContext } from './order-build-context';
import { OrderPath } from './order-paths';

/**
 * DESIGN 4 steps 1-2: read the circuit, charge while CLOSED (a missing item is CLOSED), queue
 * while OPEN or FORCED_OPEN, and in HALF_OPEN charge only after winning the probe claim.
 */
export function circuitGateStates({ refs, settings }: OrderBuildContext) {
  return {
    ReadCircuit: task({
      Comment: 'Consistent read of the circuit; if it cannot be read, queue the order (never charge blind).',
      Resource: IntegrationResource.dynamoGetItem,
      Parameters: getCircuitParameters(refs.circuitTableName, PAYMENT_GATEWAY_CIRCUIT_KEY),
      ResultPath: OrderPath.circuit,
      Retry: serviceRetry(settings),
      Catch: [{ ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.error, Next: 'QueueOrder' }],
      Next: 'RouteByCircuitState',
    }),
    RouteByCircuitState: choice({
      Choices: [
        when(not(isPresent(OrderPath.circuitItem)), 'Charge'),
        when(not(isPresent(OrderPath.circuitState)), 'Charge'),
        when(stringEquals(OrderPath.circuitState, CircuitState.CLOSED), 'Charge'),
        when(
          and(
            stringEquals(OrderPath.circuitState, CircuitState.HALF_OPEN),
            isPresent(OrderPath.circuitTripId),
          ),
          'ClaimProbe',
        ),
      ],
      Default: 'CircuitNotClosed',
    }),
    CircuitNotClosed: pass({
      Comment: 'OPEN or FORCED_OPEN: the gateway gets no call; the order is queued.',
      Parameters: {
        Error: QueueReason.CircuitOpen,
        'Cause.$': statesFormat('circuit {} is {}', OrderPath.circuitId, OrderPath.circuitState),
      },
      ResultPath: OrderPath.error,
      Next: 'QueueOrder',
    }),
    ClaimProbe: task({
      Comment: 'HALF_OPEN: only the execution that sets probeOwner first may call the gateway.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update: 'SET #probeOwner = :owner, #probeClaimedAt = :now, #updatedAt = :now',
        // A retry of our own successful claim finds probeOwner = us and passes again.
        condition:
          '#state = :halfOpen AND #tripId = :tripId AND (attribute_not_exists(#probeOwner) OR #probeOwner = :owner)',
        values: {
          ':owner': attr.stringAt(ContextPath.executionName),
          ':now': attr.stringAt(ContextPath.startTime),
          ':halfOpen': circuitStateValue.halfOpen,
          ':tripId': attr.stringAt(OrderPath.circuitTripId),
        },
        returnValues: 'ALL_NEW',
      }),
      ResultSelector: {
        'tripId.$': `$.Attributes.${CIRCUIT_ATTRIBUTES.tripId}.S`,
        'owner.$': `$.Attributes.${CIRCUIT_ATTRIBUTES.probeOwner}.S`,
      },
      ResultPath: OrderPath.probe,
      Retry: conditionalWriteRetry(settings),
      Catch: [
        {
          ErrorEquals: [ErrorName.ConditionalCheckFailed],
          ResultPath: OrderPath.claimError,
          Next: 'ProbeBusy',
        },
        { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.error, Next: 'QueueOrder' },
      ],
      Next: 'Charge',
    }),
    ProbeBusy: pass({
      Comment: 'Another execution holds the probe (or the trip moved on): queue.',
      Parameters: {
        Error: QueueReason.ProbeInProgress,
        Cause: 'the circuit is HALF_OPEN and another execution holds the probe',
      },
      ResultPath: OrderPath.error,
      Next: 'QueueOrder',
    }),
  };
}
