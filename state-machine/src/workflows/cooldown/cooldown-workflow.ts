import { combineStates, defineStateMachine, type StateName } from '../../asl/state-machine';
import { fail, succeed } from '../../asl/terminal';
import { assertRefs, type CooldownWorkflowRefs } from '../refs';
import { resolveWorkflowSettings } from '../resolve-settings';
import type { ResolvedWorkflowSettings, WorkflowSettings } from '../settings';
import { halfOpenStates } from './half-open';
import { probeWatchStates } from './probe-watch';

function cooldownStates(refs: CooldownWorkflowRefs, settings: ResolvedWorkflowSettings) {
  const halfOpen = halfOpenStates(refs, settings);
  return combineStates(halfOpen.fixed, halfOpen.waits, probeWatchStates(refs, settings), {
    Superseded: succeed('A reset, a force-open or a newer trip changed the circuit first; nothing to do.'),
    CooldownFailed: fail('CooldownFailed', 'The circuit could not be half-opened; the admins were alerted.'),
    ProbeWatchEnded: succeed('The circuit left HALF_OPEN for this trip (closed, reopened, reset or forced).'),
    ProbeWatchStopped: succeed('The probe watch reached its round limit; the admins were alerted.'),
  });
}

/** Every state name of the cool-down workflow (wait states are `CoolDown<seconds>s`). */
export type CooldownWorkflowStateName = StateName<ReturnType<typeof cooldownStates>>;

/**
 * The cool-down workflow (DESIGN section 4): one execution per trip, named by the trip id, input
 * `CooldownWorkflowInput`. Waits the cool-down, half-opens the circuit if the trip still holds,
 * then watches the probe lease in a bounded loop.
 *
 * @throws InvalidWorkflowRefError when a reference is blank.
 * @throws InvalidWorkflowSettingError when a setting is out of range.
 */
export function cooldownWorkflow(refs: CooldownWorkflowRefs, settings?: WorkflowSettings) {
  const resolved = resolveWorkflowSettings(settings);
  const checked = assertRefs(refs, ['circuitTableName', 'adminTopicArn']);
  return defineStateMachine({
    Comment: 'Cools a tripped payment-gateway circuit down, half-opens it and watches the probe lease.',
    StartAt: 'PickCooldown',
    States: cooldownStates(checked, resolved),
  });
}
