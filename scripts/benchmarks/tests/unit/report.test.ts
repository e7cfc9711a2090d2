import { formatSection } from '../../src/report';

describe('formatSection', () => {
  it('prints the title as a level-2 heading, then the tables, then the notes as a list', () => {
    const text = formatSection({
      title: 'Synth',
      tables: [{ columns: [{ header: 'runs' }], rows: [['3']] }],
      notes: ['offline', 'bundles built'],
    });
    expect(text).toBe(
      ['## Synth', '', '| runs |', '| :--- |', '| 3    |', '', '- offline', '- bundles built', ''].join('\n'),
    );
  });

  it('leaves out the list when there are no notes', () => {
    expect(formatSection({ title: 'T', tables: [], notes: [] })).toBe('## T\n');
  });
});
