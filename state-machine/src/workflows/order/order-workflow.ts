import { combineStates, defineStateMachine, type StateName } from '../../asl/state-machine';
import { assertRefs, WORKFLOW_REF_KEYS, type WorkflowRefs } from '../refs';
import { resolveWorkflowSettings } from '../resolve-settings';
import type { WorkflowSettings } from '../settings';
import { chargeStates } from './charge';
import { circuitGateStates } from './circuit-gate';
import type { OrderBuildContext } from './order-build-context';
import { orderEndingStates } from './order-endings';
import { queueOrderStates } from './queue-order';
import { recordHealthyGatewayStates } from './record-healthy-gateway';
import { settleOrderStates } from './settle-order';
import { technicalFailureStates } from './technical-failure';

function orderStates(context: OrderBuildContext) {
  const queue = queueOrderStates(context);
  return combineStates(
    circuitGateStates(context),
    chargeStates(context),
    settleOrderStates(context),
    recordHealthyGatewayStates(context),
    technicalFailureStates(context),
    queue.fixedStates,
    queue.delayStates,
    orderEndingStates(),
  );
}

/** Every state name of the order workflow (retry-delay states are `RetryIn<seconds>s`). */
export type OrderWorkflowStateName = StateName<ReturnType<typeof orderStates>>;

/**
 * The order workflow (DESIGN section 4): one execution per order attempt, input
 * `OrderWorkflowInput` (`{ order }`), named `orderExecutionName(orderId, attempt)`.
 * Returns plain ASL JSON (JSONPath) for Terraform and the local executor alike.
 *
 * @throws InvalidWorkflowRefError when a reference is blank.
 * @throws InvalidWorkflowSettingError when a setting is out of range.
 * @example
 * const definition = orderWorkflow(refs, { failureThreshold: 5 });
 */
export function orderWorkflow(refs: WorkflowRefs, settings?: WorkflowSettings) {
  const context: OrderBuildContext = {
    refs: assertRefs(refs, WORKFLOW_REF_KEYS),
    settings: resolveWorkflowSettings(settings),
  };
  return defineStateMachine({
    Comment: 'Charges one order attempt behind the payment-gateway circuit breaker; never loses the order.',
    StartAt: 'ReadCircuit',
    States: orderStates(context),
  });
}
