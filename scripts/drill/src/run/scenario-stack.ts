import { startLocalStack } from '@unstoppable/local-stack';
import { ApiClient, seededRandom } from '@unstoppable/ops-cli';
import type { ScenarioSpec } from '../scenarios/scenario';
import { installBreakerVariant } from './breaker-variants';
import { TaskJournal } from './task-journal';

/** The admin token of every scenario's stack (local only). */
const ADMIN_TOKEN = 'drill-admin-token-0123456789';

/** A per-scenario seed, so scenarios differ but each run repeats. */
export function scenarioSeed(id: string, seed: number): number {
  let hash = seed >>> 0;
  for (const char of id) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  return hash;
}

/** Starts the scenario's fresh stack with its breaker variant, worker timeout and journal in place. */
export async function prepareStack(spec: ScenarioSpec, seed: number) {
  const stack = await startLocalStack({
    port: 0,
    fast: true,
    quiet: true,
    webRoot: false,
    adminToken: ADMIN_TOKEN,
    prefix: 'drill',
    random: seededRandom(scenarioSeed(`${spec.id}/gateway`, seed)),
    workflowSettings: spec.stack.workflowSettings,
    ...(spec.stack.gatewayTimeoutMs === undefined ? {} : { gatewayTimeoutMs: spec.stack.gatewayTimeoutMs }),
  });
  const { pipeline } = stack;
  const journal = new TaskJournal();
  pipeline.runtime.stepFunctions.interceptTasks(journal.interceptor);
  installBreakerVariant(stack, spec.breaker, spec.stack.workflowSettings);
  pipeline.runtime.lambdas.updateFunctionConfiguration(pipeline.refs.paymentFunctionArn, {
    timeoutSeconds: spec.stack.workerTimeoutSeconds,
  });
  const api = new ApiClient({ baseUrl: stack.url, adminToken: ADMIN_TOKEN });
  return { stack, journal, api };
}
