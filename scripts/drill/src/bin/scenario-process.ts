import { runScenario } from '../run/run-scenario';
import type { ScenarioProcessMessage, ScenarioProcessRequest } from '../run/scenario-process';
import { buildScenarios } from '../scenarios/catalogue';

/**
 * A scenario process: receives `{ options, scenario }` from the drill, runs that one scenario in
 * a fresh local stack, reports progress and finally the record over IPC, then exits.
 */
function send(message: ScenarioProcessMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

process.once('message', async (request: ScenarioProcessRequest) => {
  try {
    const spec = buildScenarios(request.options).find((scenario) => scenario.id === request.scenario);
    if (!spec) throw new Error(`no scenario "${request.scenario}" in these options`);
    const record = await runScenario(spec, {
      seed: request.options.seed,
      sampleMs: request.options.sampleMs,
      drainTimeoutMs: request.options.drainTimeoutMs,
      onProgress: (progress) => void send({ type: 'progress', progress }),
    });
    await send({ type: 'record', record });
    process.exit(0);
  } catch (error) {
    console.error(error);
    await send({ type: 'error', message: (error as Error).message });
    process.exit(1);
  }
});
