import type { StateMachineDefinition } from './asl/state-machine';
import { cooldownWorkflow } from './workflows/cooldown/cooldown-workflow';
import { orderWorkflow } from './workflows/order/order-workflow';
import type { WorkflowRefs } from './workflows/refs';
import type { WorkflowSettings } from './workflows/settings';

/** A definition as the JSON Step Functions takes (two-space indent, trailing newline). */
export function renderDefinition(definition: StateMachineDefinition): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

/** File names of the rendered definitions, as `build` writes them to `dist/`. */
export const RENDERED_FILES = {
  order: 'order-workflow.asl.json',
  cooldown: 'cooldown-workflow.asl.json',
} as const;

/** Both workflows rendered with the same references and settings, keyed by file name. */
export function renderWorkflows(refs: WorkflowRefs, settings?: WorkflowSettings): Record<string, string> {
  return {
    [RENDERED_FILES.order]: renderDefinition(orderWorkflow(refs, settings)),
    [RENDERED_FILES.cooldown]: renderDefinition(cooldownWorkflow(refs, settings)),
  };
}
