export type { ChoiceRule, ChoiceState, Comparison, Condition } from './asl/choice';
export {
  and,
  choice,
  isNumeric,
  isPresent,
  not,
  numericAtLeast,
  numericAtMost,
  numericEquals,
  or,
  stringEquals,
  stringEqualsPath,
  when,
} from './asl/choice';
export type { JsonPath, PayloadTemplate, PayloadValue, TemplateOf, Transition } from './asl/common';
export { attr, attributeNames } from './asl/dynamodb-json';
export { type UpdateItemSpec, updateItemParameters } from './asl/dynamodb-update';
export { ErrorName, QueueReason, TECHNICAL_CHARGE_ERRORS } from './asl/error-names';
export { type PassState, pass } from './asl/pass';
export { IntegrationResource } from './asl/resources';
export { isTerminal, type State, stateTransitions } from './asl/state';
export {
  assertWellFormed,
  combineStates,
  defineStateMachine,
  type StateMachineDefinition,
  type StateName,
} from './asl/state-machine';
export { type Catcher, type Retrier, type TaskState, task } from './asl/task';
export { listTaskIntegrations, type TaskIntegration } from './asl/task-integrations';
export { type FailState, fail, type SucceedState, succeed } from './asl/terminal';
export { type WaitState, wait } from './asl/wait';
export * from './errors';
export { RENDERED_FILES, renderDefinition, renderWorkflows } from './render';
export { cooldownSteps, type DelayStep, retryDelaySteps } from './workflows/backoff-tables';
export { ContextPath } from './workflows/context-paths';
export { CooldownPath } from './workflows/cooldown/cooldown-paths';
export { type CooldownWorkflowStateName, cooldownWorkflow } from './workflows/cooldown/cooldown-workflow';
export { type CooldownWaitStateName, cooldownWaitStateName } from './workflows/cooldown/half-open';
export { OrderPath } from './workflows/order/order-paths';
export { type OrderWorkflowStateName, orderWorkflow } from './workflows/order/order-workflow';
export { type RetryDelayStateName, retryDelayStateName } from './workflows/order/queue-order';
export {
  type CooldownWorkflowRefs,
  PLACEHOLDER_REFS,
  WORKFLOW_REF_KEYS,
  type WorkflowRefs,
} from './workflows/refs';
export {
  longestChargeSeconds,
  resolveWorkflowSettings,
  SQS_MAX_DELAY_SECONDS,
} from './workflows/resolve-settings';
export {
  DEFAULT_WORKFLOW_SETTINGS,
  type ResolvedWorkflowSettings,
  type WorkflowSettings,
} from './workflows/settings';
