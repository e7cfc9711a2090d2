import { formatTable, type Table } from './table';

/** What one benchmark section prints: a title, its tables and notes on how to read them. */
export interface SectionReport {
  readonly title: string;
  readonly tables: readonly Table[];
  /** One line each: method, assumptions, and any target missed with the reason. */
  readonly notes: readonly string[];
}

/** A section as Markdown: `## title`, the tables, then the notes as a list. */
export function formatSection(report: SectionReport): string {
  const parts = [`## ${report.title}`, ...report.tables.map(formatTable)];
  if (report.notes.length > 0) parts.push(report.notes.map((note) => `- ${note}`).join('\n'));
  return `${parts.join('\n\n')}\n`;
}
