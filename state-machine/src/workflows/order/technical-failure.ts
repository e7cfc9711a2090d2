import {
  AdminAlertKind,
  CIRCUIT_ATTRIBUTES,
  CIRCUIT_IDS,
  type CooldownWorkflowInput,
} from '@unstoppable/core';
import { and, choice, isPresent, not, numericAtLeast, when } from '../../asl/choice';
import type { TemplateOf } from '../../asl/common';
import { attr } from '../../asl/dynamodb-json';
import { ErrorName } from '../../asl/error-names';
import { pass } from '../../asl/pass';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import { adminAlert } from '../admin-alert';
import { circuitStateValue, circuitUpdateParameters, PAYMENT_GATEWAY_CIRCUIT_KEY } from '../circuit-table';
import { ContextPath } from '../context-paths';
import { conditionalWriteRetry, serviceRetry } from '../retry-policies';
import type { OrderBuildContext } from './order-build-context';
import { OrderPath } from './order-paths';

/** What the trip and reopen writes return: the new trip and how many opens in a row. */
const TRIP_SELECTOR = {
  'tripId.$': `$.Attributes.${CIRCUIT_ATTRIBUTES.tripId}.S`,
  'consecutiveOpens.$': `States.StringToJson($.Attributes.${CIRCUIT_ATTRIBUTES.consecutiveOpens}.N)`,
};

/**
 * DESIGN 4 step 6: a technical failure counts against a CLOSED circuit and trips it at
 * `failureThreshold`; a failed probe reopens it. Only the execution whose conditional write
 * opened the circuit alerts (the first trip only) and starts the cool-down named by the trip id.
 * Every path ends in the queue step: the order is never failed for a technical error. On the last
 * attempt, the gateway is first asked once (`LookUpCharge`) whether it captured the order after all.
 */
export function technicalFailureStates({ refs, settings }: OrderBuildContext) {
  const toQueue = [
    {
      ErrorEquals: [ErrorName.ConditionalCheckFailed],
      ResultPath: OrderPath.circuitError,
      Next: 'QueueOrder',
    },
    { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.circuitError, Next: 'QueueOrder' },
  ] as const;
  const newTripId = <const N extends string>(next: N) =>
    pass({
      Comment: 'Generate the trip id once, before the write, so a retried write stays idempotent.',
      Parameters: { 'tripId.$': 'States.UUID()' },
      ResultPath: OrderPath.newTrip,
      Next: next,
    });
  const cooldownInput: TemplateOf<CooldownWorkflowInput> = {
    circuitId: CIRCUIT_IDS.paymentGateway,
    'tripId.$': OrderPath.tripId,
    'consecutiveOpens.$': OrderPath.tripConsecutiveOpens,
  };
  return {
    RouteTechnicalFailure: choice({
      Choices: [
        when(
          and(numericAtLeast(OrderPath.attempt, settings.maxAttempts), not(isPresent(OrderPath.lookupError))),
          'LookUpCharge',
        ),
        when(isPresent(OrderPath.probe), 'PrepareReopen'),
      ],
      Default: 'CountGatewayFailure',
    }),
    CountGatewayFailure: task({
      Comment:
        'Atomic count, only while CLOSED (a missing item is CLOSED). A retried ADD may count twice: it only trips sooner.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update: 'SET #state = if_not_exists(#state, :closed), #updatedAt = :now ADD #failures :one',
        condition: 'attribute_not_exists(#state) OR #state = :closed',
        values: {
          ':closed': circuitStateValue.closed,
          ':now': attr.stringAt(ContextPath.startTime),
          ':one': attr.number(1),
        },
        returnValues: 'UPDATED_NEW',
      }),
      ResultSelector: { 'failures.$': `States.StringToJson($.Attributes.${CIRCUIT_ATTRIBUTES.failures}.N)` },
      ResultPath: OrderPath.failureCount,
      Retry: conditionalWriteRetry(settings),
      Catch: toQueue,
      Next: 'CheckFailureThreshold',
    }),
    CheckFailureThreshold: choice({
      Choices: [when(numericAtLeast(OrderPath.failures, settings.failureThreshold), 'PrepareTrip')],
      Default: 'QueueOrder',
    }),
    PrepareTrip: newTripId('TripCircuit'),
    TripCircuit: task({
      Comment: 'CLOSED -> OPEN once per trip: losers (ConditionalCheckFailed) just queue.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update:
          'SET #state = :open, #tripId = :tripId, #openedAt = :now, #failures = :zero, #consecutiveOpens = :one, #probeSuccesses = :zero, #updatedAt = :now, #updatedBy = :me REMOVE #probeOwner, #probeClaimedAt',
        condition: '(#state = :closed AND #failures >= :threshold) OR #tripId = :tripId',
        values: {
          ':open': circuitStateValue.open,
          ':closed': circuitStateValue.closed,
          ':tripId': attr.stringAt(OrderPath.newTripId),
          ':now': attr.stringAt(ContextPath.startTime),
          ':me': attr.stringAt(ContextPath.executionName),
          ':zero': attr.number(0),
          ':one': attr.number(1),
          ':threshold': attr.number(settings.failureThreshold),
        },
        returnValues: 'UPDATED_NEW',
      }),
      ResultSelector: TRIP_SELECTOR,
      ResultPath: OrderPath.trip,
      Retry: conditionalWriteRetry(settings),
      Catch: toQueue,
      Next: 'AlertCircuitOpened',
    }),
    AlertCircuitOpened: adminAlert({
      topicArn: refs.adminTopicArn,
      kind: AdminAlertKind.CircuitOpened,
      settings,
      subject: 'Payment gateway circuit OPEN',
      message:
        'The payment gateway circuit opened after {} consecutive technical failures (last: {}). Trip {}. Orders are queued until a probe succeeds.',
      args: [OrderPath.failures, OrderPath.errorName, OrderPath.tripId],
      next: 'StartCooldown',
      errorPath: OrderPath.alertError,
    }),
    PrepareReopen: newTripId('ReopenCircuit'),
    ReopenCircuit: task({
      Comment: 'The probe failed: OPEN again with a new trip, only if the probe is still ours.',
      Resource: IntegrationResource.dynamoUpdateItem,
      Parameters: circuitUpdateParameters({
        tableName: refs.circuitTableName,
        key: PAYMENT_GATEWAY_CIRCUIT_KEY,
        update:
          'SET #state = :open, #tripId = :newTripId, #openedAt = :now, #consecutiveOpens = if_not_exists(#consecutiveOpens, :zero) + :one, #probeSuccesses = :zero, #updatedAt = :now, #updatedBy = :owner REMOVE #probeOwner, #probeClaimedAt',
        condition:
          '(#state = :halfOpen AND #tripId = :probeTripId AND #probeOwner = :owner) OR #tripId = :newTripId',
        values: {
          ':open': circuitStateValue.open,
          ':halfOpen': circuitStateValue.halfOpen,
          ':newTripId': attr.stringAt(OrderPath.newTripId),
          ':probeTripId': attr.stringAt(OrderPath.probeTripId),
          ':owner': attr.stringAt(OrderPath.probeOwner),
          ':now': attr.stringAt(ContextPath.startTime),
          ':zero': attr.number(0),
          ':one': attr.number(1),
        },
        returnValues: 'UPDATED_NEW',
      }),
      ResultSelector: TRIP_SELECTOR,
      ResultPath: OrderPath.trip,
      Retry: conditionalWriteRetry(settings),
      Catch: toQueue,
      Next: 'StartCooldown',
    }),
    StartCooldown: task({
      Comment: 'One cool-down per trip: the execution name is the trip id.',
      Resource: IntegrationResource.startExecution,
      Parameters: {
        StateMachineArn: refs.cooldownStateMachineArn,
        'Name.$': OrderPath.tripId,
        Input: cooldownInput,
      },
      ResultPath: null,
      Retry: serviceRetry(settings, [ErrorName.ExecutionAlreadyExists]),
      Catch: [
        {
          ErrorEquals: [ErrorName.ExecutionAlreadyExists],
          ResultPath: OrderPath.cooldownError,
          Next: 'QueueOrder',
        },
        {
          ErrorEquals: [ErrorName.ALL],
          ResultPath: OrderPath.cooldownError,
          Next: 'AlertCooldownNotStarted',
        },
      ],
      Next: 'QueueOrder',
    }),
    AlertCooldownNotStarted: adminAlert({
      topicArn: refs.adminTopicArn,
      kind: AdminAlertKind.CooldownNotStarted,
      settings,
      subject: 'Payment gateway cool-down did not start',
      message:
        'The cool-down of trip {} could not start ({}). The circuit stays OPEN until an admin resets it.',
      args: [OrderPath.tripId, OrderPath.cooldownErrorName],
      next: 'QueueOrder',
      errorPath: OrderPath.alertError,
    }),
  };
}
