import { fitLine, truncationMarker } from '../../src';

describe('fitLine', () => {
  it('returns lines within the limit unchanged', () => {
    expect(fitLine('short line', 256)).toEqual({ line: 'short line', truncated: false });
    const exact = 'é'.repeat(200); // 400 bytes
    expect(fitLine(exact, 400)).toEqual({ line: exact, truncated: false });
  });

  it('cuts longer lines to the limit and ends them with the marker', () => {
    const line = 'x'.repeat(1000);
    const fitted = fitLine(line, 300);
    expect(fitted.truncated).toBe(true);
    expect(fitted.line.endsWith(truncationMarker(1000))).toBe(true);
    expect(Buffer.byteLength(fitted.line)).toBe(300);
    expect(fitted.line.startsWith('x'.repeat(100))).toBe(true);
  });

  it('never splits a multi-byte character', () => {
    const line = '€'.repeat(500); // 3 bytes each
    for (const limit of [256, 257, 258, 259]) {
      const fitted = fitLine(line, limit);
      expect(Buffer.byteLength(fitted.line)).toBeLessThanOrEqual(limit);
      expect(fitted.line).not.toContain('\uFFFD');
      expect(fitted.line.replace(truncationMarker(1500), '')).toMatch(/^€+$/);
    }
  });
});
