import { formatProgressLine, ProgressBoard, type ScenarioProgress } from '../../src';

const sample = {
  at: 0,
  orders: { COMPLETED: 57, QUEUED: 180 },
  circuit: 'OPEN' as const,
  retryQueue: 178,
  deadLetterQueue: 0,
  runningExecutions: 3,
};

describe('formatProgressLine', () => {
  it('shows the phase with its time left, orders placed and by status, circuit and queue', () => {
    const progress: ScenarioProgress = {
      id: 'full-design',
      phase: 'fault',
      phaseEndsAt: 12_000,
      placed: 240,
      sample,
    };
    expect(formatProgressLine(progress, 500, 12)).toBe(
      'full-design  FAULT 12s left · placed 240 · QUEUED 180 COMPLETED 57 · circuit OPEN · queue 178',
    );
  });

  it('leaves out what it does not know yet', () => {
    expect(formatProgressLine({ id: 'slow', phase: 'starting', placed: 0 }, 0, 6)).toBe(
      'slow   starting · placed 0',
    );
    expect(formatProgressLine({ id: 'slow', phase: 'drain', phaseEndsAt: 10, placed: 3 }, 20, 4)).toBe(
      'slow draining · placed 3',
    );
  });
});

describe('ProgressBoard', () => {
  function output(isTTY: boolean) {
    const written: string[] = [];
    return { isTTY, written, write: (text: string) => written.push(text) };
  }

  it('prints a line per phase change when not on a terminal', () => {
    const out = output(false);
    const board = new ProgressBoard(['a', 'b'], out, () => 0).start();
    board.update({ id: 'a', phase: 'warmup', placed: 0 });
    board.update({ id: 'a', phase: 'warmup', placed: 5 });
    board.update({ id: 'b', phase: 'fault', placed: 9 });
    board.fail('b', 'stack did not start');
    board.stop();
    expect(out.written).toEqual([
      'a         warm-up · placed 0\n',
      'b         FAULT · placed 9\n',
      'b FAILED: stack did not start\n',
    ]);
  });

  it('redraws one line per scenario in place on a terminal', () => {
    const out = output(true);
    const board = new ProgressBoard(['a', 'b'], out, () => 0).start();
    board.update({ id: 'b', phase: 'done', placed: 4 });
    board.fail('a', 'boom');
    board.stop();
    expect(out.written[0]).toBe(
      '\x1b[2Ka         starting · placed 0\n\x1b[2Kb         starting · placed 0\n',
    );
    expect(out.written.at(-1)).toBe(
      '\x1b[2A\x1b[2Ka         FAILED: boom\n\x1b[2Kb         done · placed 4\n',
    );
  });
});
