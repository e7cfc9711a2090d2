import { defineStateMachine, succeed } from '@unstoppable/state-machine';

/**
 * The cool-down workflow of the "breaker as the article describes it" mode: it does nothing, so a
 * tripped circuit never half-opens by itself and stays OPEN until an admin resets it. Registered
 * under the real cool-down's ARN, so the order workflow starts it exactly as it starts the real one.
 */
export function idleCooldownWorkflow() {
  return defineStateMachine({
    Comment: 'Drill variant: no cool-down; only an admin reset closes the circuit.',
    StartAt: 'WaitForAdmin',
    States: { WaitForAdmin: succeed('The circuit stays OPEN until an admin resets it.') },
  });
}
