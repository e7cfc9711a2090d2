import { LogBuffer } from '../../../src/logs';

describe('LogBuffer', () => {
  it('groups events per log group and stream, in arrival order, with unique ids', () => {
    const buffer = new LogBuffer(10);
    buffer.add('/g/a', 's1', 1, 'a1');
    buffer.add('/g/b', 's1', 2, 'b1');
    buffer.add('/g/a', 's1', 3, 'a2');
    buffer.add('/g/a', 's2', 4, 'a3');
    expect(buffer.size).toBe(4);
    const batches = buffer.drain();
    expect(batches.map((b) => [b.logGroup, b.logStream, b.logEvents.map((e) => e.message)])).toEqual([
      ['/g/a', 's1', ['a1', 'a2']],
      ['/g/b', 's1', ['b1']],
      ['/g/a', 's2', ['a3']],
    ]);
    const ids = batches.flatMap((b) => b.logEvents.map((e) => e.id));
    expect(new Set(ids).size).toBe(4);
  });

  it('is empty after a drain', () => {
    const buffer = new LogBuffer(10);
    buffer.add('/g', 's', 1, 'x');
    buffer.drain();
    expect(buffer.size).toBe(0);
    expect(buffer.drain()).toEqual([]);
  });

  it('refuses and counts events once full, and accepts again after a drain', () => {
    const buffer = new LogBuffer(2);
    expect([
      buffer.add('/g', 's', 1, 'a'),
      buffer.add('/g', 's', 2, 'b'),
      buffer.add('/g', 's', 3, 'c'),
    ]).toEqual([true, true, false]);
    expect(buffer.dropped).toBe(1);
    expect(buffer.drain()[0]?.logEvents.map((e) => e.message)).toEqual(['a', 'b']);
    expect(buffer.add('/g', 's', 4, 'd')).toBe(true);
  });
});
