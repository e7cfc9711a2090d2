import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DRILL_OPTIONS, DrillRunError, runScenarioProcess, type ScenarioProgress } from '../../src';

/** Under jest this process has no TypeScript loader in its execArgv: give the child tsx's. */
const execArgv = ['--import', 'tsx'];

describe('runScenarioProcess', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'drill-process-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const options = () => ({
    ...DEFAULT_DRILL_OPTIONS,
    modes: ['full-design' as const],
    faults: ['throttle' as const],
    rate: 4,
    warmupMs: 500,
    faultMs: 1_000,
    tailMs: 500,
    resultsDir: folder,
  });

  it('runs one scenario in a child process and hands back its record and progress', async () => {
    const phases: ScenarioProgress['phase'][] = [];
    const record = await runScenarioProcess(
      { options: options(), scenario: 'throttle' },
      {
        logFile: join(folder, 'throttle.log'),
        execArgv,
        onProgress: (progress) => {
          if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
        },
      },
    );
    expect(record.id).toBe('throttle');
    expect(record.placed).toHaveLength(8);
    expect(record.orders.every((order) => order.status === 'COMPLETED')).toBe(true);
    expect(phases).toEqual(
      expect.arrayContaining(['starting', 'warmup', 'fault', 'tail', 'collect', 'done']),
    );
  });

  it('rejects naming the scenario when the child cannot run it', async () => {
    const logFile = join(folder, 'meteor.log');
    const failure = runScenarioProcess({ options: options(), scenario: 'meteor' }, { logFile, execArgv });
    await expect(failure).rejects.toThrow(DrillRunError);
    await expect(failure).rejects.toThrow(/^meteor: no scenario "meteor"/);
    expect(await readFile(logFile, 'utf8')).toContain('no scenario "meteor"');
  });
});
