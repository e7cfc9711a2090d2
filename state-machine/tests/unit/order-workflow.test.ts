import { transitionCondition } from '@unstoppable/core';
import {
  InvalidWorkflowRefError,
  InvalidWorkflowSettingError,
  orderWorkflow,
  PLACEHOLDER_REFS,
  type State,
  type StateMachineDefinition,
} from '../../src';
import { validateAsl } from '../support/validate';
import { stateOf, walk } from '../support/walk';

const definition = orderWorkflow(PLACEHOLDER_REFS);
const states = Object.entries(definition.States as Record<string, State<string>>);
const tasks = states.flatMap(([name, state]) => (state.Type === 'Task' ? [[name, state] as const] : []));
const parameters = (name: string) => {
  const state = stateOf(definition, name);
  if (state.Type !== 'Task') throw new Error(`${name} is not a task`);
  return state.Parameters as Record<string, unknown>;
};

describe('orderWorkflow', () => {
  it('renders a definition asl-validator accepts', () => {
    expect(validateAsl(definition)).toEqual({ isValid: true, errors: '' });
  });

  it('charges with retries on technical errors only, and catches every outcome with the order kept', () => {
    const charge = stateOf(definition, 'Charge');
    expect(charge).toMatchObject({
      Resource: 'arn:aws:states:::lambda:invoke',
      Parameters: {
        FunctionName: PLACEHOLDER_REFS.paymentFunctionArn,
        Payload: {
          'orderId.$': '$.order.orderId',
          'attempt.$': '$.order.attempt',
          'executionName.$': '$$.Execution.Name',
        },
      },
      ResultSelector: { 'chargeId.$': '$.Payload.chargeId', 'amountDisplay.$': '$.Payload.amountDisplay' },
      ResultPath: '$.charge',
      TimeoutSeconds: 10,
      Retry: [
        {
          ErrorEquals: [
            'GatewayUnavailable',
            'GatewayTimeout',
            'GatewayThrottled',
            'Lambda.ServiceException',
            'Lambda.AWSLambdaException',
            'Lambda.SdkClientException',
            'Lambda.TooManyRequestsException',
            'Lambda.Unknown',
            'States.Timeout',
          ],
          IntervalSeconds: 1,
          MaxAttempts: 2,
          BackoffRate: 2,
          MaxDelaySeconds: 5,
          JitterStrategy: 'FULL',
        },
      ],
      Catch: [
        { ErrorEquals: ['PaymentDeclined'], ResultPath: '$.error', Next: 'ReadDeclineReason' },
        { ErrorEquals: ['InvalidPaymentRequest'], ResultPath: '$.error', Next: 'MarkOrderFailed' },
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'RouteTechnicalFailure' },
      ],
      Next: 'MarkOrderCompleted',
    });
  });

  it('trips the circuit with one conditional, idempotent write', () => {
    expect(parameters('TripCircuit')).toMatchObject({
      UpdateExpression:
        'SET #state = :open, #tripId = :tripId, #openedAt = :now, #failures = :zero, #consecutiveOpens = :one, #probeSuccesses = :zero, #updatedAt = :now, #updatedBy = :me REMOVE #probeOwner, #probeClaimedAt',
      ConditionExpression: '(#state = :closed AND #failures >= :threshold) OR #tripId = :tripId',
      ExpressionAttributeValues: expect.objectContaining({
        ':threshold': { N: '3' },
        ':tripId': { 'S.$': '$.newTrip.tripId' },
        ':now': { 'S.$': '$$.Execution.StartTime' },
      }),
      ReturnValues: 'UPDATED_NEW',
    });
    expect(stateOf(definition, 'PrepareTrip')).toMatchObject({ Parameters: { 'tripId.$': 'States.UUID()' } });
  });

  it('counts failures atomically and only while CLOSED', () => {
    expect(parameters('CountGatewayFailure')).toMatchObject({
      UpdateExpression: 'SET #state = if_not_exists(#state, :closed), #updatedAt = :now ADD #failures :one',
      ConditionExpression: 'attribute_not_exists(#state) OR #state = :closed',
      ReturnValues: 'UPDATED_NEW',
    });
  });

  it('claims the probe only when nobody holds it for this trip', () => {
    expect(parameters('ClaimProbe')).toMatchObject({
      UpdateExpression: 'SET #probeOwner = :owner, #probeClaimedAt = :now, #updatedAt = :now',
      ConditionExpression:
        '#state = :halfOpen AND #tripId = :tripId AND (attribute_not_exists(#probeOwner) OR #probeOwner = :owner)',
      ExpressionAttributeValues: expect.objectContaining({
        ':owner': { 'S.$': '$$.Execution.Name' },
        ':tripId': { 'S.$': '$.circuit.Item.tripId.S' },
      }),
    });
  });

  it('completes the order only from the statuses core allows, appending to its history', () => {
    const condition = transitionCondition('COMPLETED');
    expect(parameters('MarkOrderCompleted')).toMatchObject({
      TableName: PLACEHOLDER_REFS.ordersTableName,
      Key: { orderId: { 'S.$': '$.order.orderId' } },
      UpdateExpression:
        'SET #status = :status, #attempt = :attempt, #updatedAt = :now, #history = list_append(if_not_exists(#history, :noHistory), :change), #chargeId = :chargeId REMOVE #lastError',
      ConditionExpression: condition.ConditionExpression,
      ExpressionAttributeValues: expect.objectContaining({
        ...condition.ExpressionAttributeValues,
        ':status': { S: 'COMPLETED' },
        ':chargeId': { 'S.$': '$.charge.chargeId' },
        ':change': {
          L: [
            {
              M: {
                status: { S: 'COMPLETED' },
                at: { 'S.$': '$$.Execution.StartTime' },
                attempt: { 'N.$': "States.Format('{}', $.order.attempt)" },
              },
            },
          ],
        },
      }),
    });
  });

  it('queues the next attempt with attempt + 1 and a delay from the backoff table', () => {
    expect(parameters('SendToRetryQueue')).toEqual({
      QueueUrl: PLACEHOLDER_REFS.retryQueueUrl,
      MessageBody: {
        order: {
          'orderId.$': '$.order.orderId',
          'customer.$': '$.order.customer',
          'amount.$': '$.order.amount',
          'currency.$': '$.order.currency',
          'attempt.$': 'States.MathAdd($.order.attempt, 1)',
        },
      },
      'DelaySeconds.$': '$.retry.delaySeconds',
      MessageAttributes: { queuedBy: { DataType: 'String', StringValue: 'order-workflow' } },
    });
    expect(stateOf(definition, 'PickRetryDelay')).toEqual({
      Type: 'Choice',
      Choices: [
        { Variable: '$.order.attempt', NumericLessThanEquals: 1, Next: 'RetryIn30s' },
        { Variable: '$.order.attempt', NumericLessThanEquals: 2, Next: 'RetryIn60s' },
        { Variable: '$.order.attempt', NumericLessThanEquals: 3, Next: 'RetryIn120s' },
        { Variable: '$.order.attempt', NumericLessThanEquals: 4, Next: 'RetryIn240s' },
      ],
      Default: 'RetryIn240s',
    });
    expect(stateOf(definition, 'RetryIn120s')).toEqual({
      Type: 'Pass',
      Result: { delaySeconds: 120 },
      ResultPath: '$.retry',
      Next: 'SendToRetryQueue',
    });
    expect(stateOf(definition, 'QueueOrder')).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.order.attempt', NumericGreaterThanEquals: 5, Next: 'MarkOrderFailed' }],
      Default: 'MarkOrderQueued',
    });
  });

  it('starts the cool-down named by the trip id with CooldownWorkflowInput', () => {
    expect(parameters('StartCooldown')).toEqual({
      StateMachineArn: PLACEHOLDER_REFS.cooldownStateMachineArn,
      'Name.$': '$.trip.tripId',
      Input: {
        circuitId: 'payment-gateway',
        'tripId.$': '$.trip.tripId',
        'consecutiveOpens.$': '$.trip.consecutiveOpens',
      },
    });
  });

  it('emits OrderCompleted with the OrderEventDetail of core', () => {
    expect(parameters('EmitOrderCompleted')).toEqual({
      Entries: [
        {
          Source: 'unstoppable.payments',
          DetailType: 'OrderCompleted',
          Detail: {
            'orderId.$': '$.order.orderId',
            'customerEmail.$': '$.order.customer.email',
            'amount.$': '$.order.amount',
            'currency.$': '$.order.currency',
            status: 'COMPLETED',
            'chargeId.$': '$.charge.chargeId',
            'amountDisplay.$': '$.charge.amountDisplay',
          },
          EventBusName: PLACEHOLDER_REFS.eventBusName,
        },
      ],
    });
  });

  it('makes every DynamoDB write conditional', () => {
    const writes = tasks.filter(([, state]) => state.Resource === 'arn:aws:states:::dynamodb:updateItem');
    expect(writes.length).toBeGreaterThanOrEqual(10);
    for (const [name, state] of writes) {
      expect([name, typeof state.Parameters?.ConditionExpression]).toEqual([name, 'string']);
    }
  });

  it('never loses the order: every task catches everything and results never replace the input', () => {
    for (const [name, state] of tasks) {
      expect([name, state.Catch?.at(-1)?.ErrorEquals]).toEqual([name, ['States.ALL']]);
      for (const catcher of state.Catch ?? []) {
        expect([name, catcher.ResultPath]).toEqual([name, expect.stringMatching(/^\$\.(?!order\b)\w+$/)]);
      }
      expect([name, state.ResultPath]).toEqual([
        name,
        state.ResultPath === null ? null : expect.stringMatching(/^\$\.(?!order\b)\w+$/),
      ]);
    }
  });

  it('ends a late execution cleanly when an order write finds the order final', () => {
    for (const name of ['MarkOrderCompleted', 'MarkOrderDeclined', 'MarkOrderQueued', 'MarkOrderFailed']) {
      const state = stateOf(definition, name);
      expect(state.Type === 'Task' && state.Catch?.[0]).toEqual({
        ErrorEquals: ['DynamoDB.ConditionalCheckFailedException'],
        ResultPath: '$.orderWriteError',
        Next: 'AlreadyFinal',
      });
    }
    expect(stateOf(definition, 'AlreadyFinal').Type).toBe('Succeed');
  });

  it('keeps the green path (CLOSED, captured, no failures) within 7 state transitions', () => {
    const greenPath = walk(definition, (name, state) => {
      if (name === 'RouteByCircuitState') return 'Charge';
      if (name === 'RecordHealthyGateway') return 'Finished';
      throw new Error(`unexpected choice ${name} (${state.Choices.length} rules)`);
    });
    expect(greenPath).toEqual([
      'ReadCircuit',
      'RouteByCircuitState',
      'Charge',
      'MarkOrderCompleted',
      'EmitOrderCompleted',
      'RecordHealthyGateway',
      'Finished',
    ]);
    expect(greenPath.length).toBeLessThanOrEqual(7);
  });

  it('applies settings to thresholds, timeouts and retries', () => {
    const custom = orderWorkflow(PLACEHOLDER_REFS, {
      failureThreshold: 5,
      maxAttempts: 3,
      paymentTimeoutSeconds: 4,
      chargeRetryJitter: 'NONE',
      retryDelaySeconds: 10,
      retryBackoffRate: 3,
    });
    expect(stateOf(custom, 'CheckFailureThreshold')).toMatchObject({
      Choices: [{ Variable: '$.failureCount.failures', NumericGreaterThanEquals: 5, Next: 'PrepareTrip' }],
    });
    expect(stateOf(custom, 'Charge')).toMatchObject({
      TimeoutSeconds: 4,
      Retry: [{ JitterStrategy: 'NONE' }],
    });
    expect(Object.keys(custom.States).filter((name) => name.startsWith('RetryIn'))).toEqual([
      'RetryIn10s',
      'RetryIn30s',
    ]);
    expect(validateAsl(custom).isValid).toBe(true);
  });

  it('refuses blank references and bad settings, naming them', () => {
    expect(() => orderWorkflow({ ...PLACEHOLDER_REFS, retryQueueUrl: ' ' })).toThrow(
      new InvalidWorkflowRefError('retryQueueUrl', 'must be a non-empty string'),
    );
    expect(() => orderWorkflow(PLACEHOLDER_REFS, { retryDelayCapSeconds: 1200 })).toThrow(
      InvalidWorkflowSettingError,
    );
  });

  it('is typed by its state names', () => {
    const typed: StateMachineDefinition = definition;
    expect(typed.StartAt).toBe('ReadCircuit');
  });
});
