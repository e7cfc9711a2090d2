import { FAST_TIMINGS, type LocalStack } from '@unstoppable/local-stack';
import type { WorkflowSettings } from '@unstoppable/state-machine';
import type { BreakerVariant } from '../scenarios/scenario';
import { idleCooldownWorkflow } from '../workflows/idle-cooldown-workflow';
import { noBreakerWorkflow } from '../workflows/no-breaker-workflow';

/**
 * Puts a scenario's breaker variant in place, under the real workflows' ARNs (like
 * UpdateStateMachine), so the order API and the retry handler start it without knowing:
 * `none` replaces the order workflow, `admin-reset` replaces the cool-down workflow, `full`
 * keeps both as the stack registered them.
 */
export function installBreakerVariant(
  stack: LocalStack,
  variant: BreakerVariant,
  settings: WorkflowSettings,
): void {
  const { pipeline } = stack;
  const { stepFunctions } = pipeline.runtime;
  if (variant === 'none') {
    stepFunctions.registerStateMachine({
      stateMachineArn: pipeline.orderStateMachineArn,
      definition: noBreakerWorkflow(pipeline.refs, { ...FAST_TIMINGS.workflow, ...settings }) as never,
    });
  } else if (variant === 'admin-reset') {
    stepFunctions.registerStateMachine({
      stateMachineArn: pipeline.cooldownStateMachineArn,
      definition: idleCooldownWorkflow() as never,
    });
  }
}
