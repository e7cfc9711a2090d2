import { escapeXml, niceStep, type TimelinePanel, timelinePanel, timelineSvg } from '../../src';
import { scenarioRecord, T } from '../support/record-fixture';

const panel: TimelinePanel = {
  title: 'Full design <full-design>',
  durationMs: 60_000,
  points: [
    { t: 0, counts: { COMPLETED: 0 } },
    { t: 30_000, counts: { COMPLETED: 40, QUEUED: 120 } },
    { t: 60_000, counts: { COMPLETED: 300 } },
  ],
  circuit: [
    { from: 12_000, to: 20_000, state: 'OPEN' },
    { from: 20_000, to: 22_000, state: 'HALF_OPEN' },
  ],
  markers: [
    { t: 10_000, label: 'gateway down' },
    { t: 30_000, label: 'healed' },
  ],
};

describe('niceStep', () => {
  it('picks 1, 2 or 5 times a power of ten for about five ticks', () => {
    expect(niceStep(300)).toBe(100);
    expect(niceStep(47)).toBe(10);
    expect(niceStep(9)).toBe(2);
    expect(niceStep(60, 8)).toBe(10);
    expect(niceStep(0)).toBe(1);
    expect(niceStep(2)).toBe(1);
  });
});

describe('escapeXml', () => {
  it('escapes markup characters', () => {
    expect(escapeXml(`a<b>&'"`)).toBe('a&lt;b&gt;&amp;&apos;&quot;');
  });
});

describe('timelineSvg', () => {
  const svg = timelineSvg([panel, { ...panel, title: 'second' }]);

  it('is one SVG document sized for a legend and every panel', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="960" height="488"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<g class="panel">/g)).toHaveLength(2);
    expect(svg).toContain('Full design &lt;full-design&gt;');
  });

  it('draws a line per status that has orders, none for the others', () => {
    expect(svg.match(/class="status-COMPLETED"/g)).toHaveLength(2);
    expect(svg).toContain('class="status-QUEUED"');
    expect(svg).not.toContain('class="status-FAILED"');
  });

  it('scales points into the plot: the time axis across, counts up to a round maximum', () => {
    // Plot from x=56 to x=944 (888 wide); 30 s of 60 s is the middle. y: 300 is the top (y=74), 40 is 20.5 px up.
    expect(svg).toContain('points="56,228 500,207.5 944,74"');
  });

  it('shades the circuit periods and marks the fault and the heal', () => {
    expect(svg).toContain(
      '<rect class="circuit-OPEN" x="233.6" y="74" width="118.4" height="154" fill="#f4c7c3">',
    );
    expect(svg).toContain('class="circuit-HALF_OPEN"');
    expect(svg.match(/class="marker"/g)).toHaveLength(4);
    expect(svg).toContain('>healed</text>');
    expect(svg).toContain('>60s</text>');
  });
});

describe('timelinePanel', () => {
  it('turns samples into points from the start, merges circuit periods and marks fault, heal and resets', () => {
    const sample = (at: number, circuit: 'CLOSED' | 'OPEN' | 'HALF_OPEN', completed: number) => ({
      at,
      orders: { COMPLETED: completed },
      circuit,
      retryQueue: 0,
      deadLetterQueue: 0,
      runningExecutions: 0,
    });
    const record = scenarioRecord({
      samples: [
        sample(5_000, 'CLOSED', 10),
        sample(15_000, 'OPEN', 10),
        sample(20_000, 'OPEN', 10),
        sample(25_000, 'HALF_OPEN', 10),
        sample(35_000, 'CLOSED', 20),
      ],
    });
    const result = timelinePanel({
      ...record,
      kind: 'fault',
      times: { ...record.times, resets: [T.heal + 5_000] },
    });
    expect(result.title).toBe('Full design (full-design)');
    expect(result.durationMs).toBe(T.end);
    expect(result.points.map((point) => point.t)).toEqual([5_000, 15_000, 20_000, 25_000, 35_000]);
    expect(result.circuit).toEqual([
      { from: 15_000, to: 25_000, state: 'OPEN' },
      { from: 25_000, to: 35_000, state: 'HALF_OPEN' },
    ]);
    expect(result.markers).toEqual([
      { t: T.fault, label: 'fault on' },
      { t: T.heal, label: 'healed' },
      { t: T.heal + 5_000, label: 'admin reset' },
    ]);
  });
});
