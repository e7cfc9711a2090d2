import { formatTable, TableShapeError } from '../../src/table';

describe('formatTable', () => {
  it('pads every column to its widest cell and aligns right where asked', () => {
    const text = formatTable({
      columns: [{ header: 'name' }, { header: 'ms', align: 'right' }],
      rows: [
        ['order-api', '1.5'],
        ['x', '123.0'],
      ],
    });
    expect(text).toBe(
      [
        '| name      |    ms |',
        '| :-------- | ----: |',
        '| order-api |   1.5 |',
        '| x         | 123.0 |',
      ].join('\n'),
    );
  });

  it('keeps columns at least three wide so the alignment marker fits', () => {
    expect(formatTable({ columns: [{ header: 'a', align: 'right' }], rows: [['1']] })).toBe(
      ['|   a |', '| --: |', '|   1 |'].join('\n'),
    );
  });

  it('escapes pipes inside cells so the row keeps its columns', () => {
    const text = formatTable({ columns: [{ header: 'cmd' }], rows: [['a | b']] });
    expect(text.split('\n')[2]).toBe('| a \\| b |');
  });

  it('renders a header-only table when there are no rows', () => {
    expect(formatTable({ columns: [{ header: 'x' }], rows: [] }).split('\n')).toHaveLength(2);
  });

  it('refuses a row whose cell count differs from the columns, naming the row', () => {
    expect(() =>
      formatTable({ columns: [{ header: 'a' }, { header: 'b' }], rows: [['1', '2'], ['3']] }),
    ).toThrow(new TableShapeError('row 2 has 1 cells, the table has 2 columns'));
  });

  it('refuses a table without columns', () => {
    expect(() => formatTable({ columns: [], rows: [] })).toThrow(TableShapeError);
  });
});
