import { BenchError } from './errors';

/** A table whose rows do not match its columns. */
export class TableShapeError extends BenchError {
  override readonly name = 'TableShapeError';
}

export type Align = 'left' | 'right';

export interface Column {
  readonly header: string;
  /** @default 'left' */
  readonly align?: Align;
}

/** A table of preformatted cells. */
export interface Table {
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly string[])[];
}

const escapeCell = (cell: string): string => cell.replaceAll('|', '\\|');

/**
 * Renders a table as a Markdown pipe table whose columns are padded to line up, so the same text
 * reads well in a terminal and pastes into docs/PERFORMANCE.md.
 * @example formatTable({ columns: [{ header: 'a' }], rows: [['1']] }) // '| a   |\n| :-- |\n| 1   |'
 */
export function formatTable(table: Table): string {
  const { columns } = table;
  if (columns.length === 0) throw new TableShapeError('a table needs at least one column');
  const rows = table.rows.map((row, index) => {
    if (row.length !== columns.length) {
      throw new TableShapeError(
        `row ${index + 1} has ${row.length} cells, the table has ${columns.length} columns`,
      );
    }
    return row.map(escapeCell);
  });
  const headers = columns.map((column) => escapeCell(column.header));
  // At least 3 wide so the alignment marker (':--' / '--:') fits.
  const widths = headers.map((header, i) =>
    Math.max(3, header.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const pad = (cell: string, i: number) => {
    const width = widths[i] ?? 0;
    return columns[i]?.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
  };
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = columns.map((column, i) => {
    const dashes = '-'.repeat((widths[i] ?? 3) - 1);
    return column.align === 'right' ? `${dashes}:` : `:${dashes}`;
  });
  return [line(headers), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}
