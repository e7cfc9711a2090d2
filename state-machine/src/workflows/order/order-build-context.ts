import type { WorkflowRefs } from '../refs';
import type { ResolvedWorkflowSettings } from '../settings';

/** What every group of order-workflow states is built from. */
export interface OrderBuildContext {
  readonly refs: WorkflowRefs;
  readonly settings: ResolvedWorkflowSettings;
}
