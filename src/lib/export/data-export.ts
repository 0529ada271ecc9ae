// The data behind a chart as files: CSV (RFC 4180, safe to open in a spreadsheet), JSON (the
// table with what it is and where it comes from) and a short README. Pure: the caller gives the
// sources, the permalink and the date.

import type { Cell, DataTable } from './exportable-chart.ts';

export interface DataSource {
  title: string;
  /** ISO date of the document or forum. */
  date: string;
  url: string;
  /** "full text", "excerpt", "record (coded concepts)" … */
  basis: string;
}

export interface DataExportMeta {
  /** The chart's title as on screen. */
  title: string;
  subtitle?: string;
  /** The view's link. */
  url: string;
  codebookVersion: string;
  sources: DataSource[];
  /** When the files were made, ISO date. */
  exported: string;
  /** A citation of the chart, plain text. */
  citation: string;
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP: CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: numbers as they are, text quoted when needed and defused when it looks like a formula. */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  let text = value;
  let quote = false;
  if (FORMULA_START.test(text)) {
    text = `'${text}`;
    quote = true;
  }
  if (/[",\r\n]/.test(text)) quote = true;
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV: a header of column labels, one line per row, CRLF line ends, UTF-8 with a byte
 * order mark so that spreadsheets read non-ASCII letters correctly.
 */
export function tableToCsv(table: DataTable): string {
  const lines = [table.columns.map((c) => csvField(c.label))];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c.key] ?? null)));
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export interface DataJson {
  title: string;
  subtitle: string | null;
  url: string;
  exported: string;
  codebookVersion: string;
  citation: string;
  sources: DataSource[];
  caption: string;
  columns: { key: string; label: string; numeric: boolean }[];
  rows: Record<string, Cell>[];
}

/** The table as JSON, with what it shows and where it comes from; rows keep only known columns. */
export function tableToJson(table: DataTable, meta: DataExportMeta): string {
  const keys = table.columns.map((c) => c.key);
  const json: DataJson = {
    title: meta.title,
    subtitle: meta.subtitle ?? null,
    url: meta.url,
    exported: meta.exported,
    codebookVersion: meta.codebookVersion,
    citation: meta.citation,
    sources: meta.sources,
    caption: table.caption,
    columns: table.columns.map((c) => ({
      key: c.key,
      label: c.label,
      numeric: c.numeric === true,
    })),
    rows: table.rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k] ?? null]))),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** A short README for the files: what they hold, the columns, the sources, the codebook, the link. */
export function dataReadme(table: DataTable, meta: DataExportMeta, baseName: string): string {
  const lines = [
    meta.title,
    '='.repeat(Math.min(meta.title.length, 80)),
    '',
    ...(meta.subtitle ? [meta.subtitle, ''] : []),
    `The data behind this chart of the GDI Digital Cooperation Explorer, exported ${meta.exported}.`,
    `View it again: ${meta.url}`,
    '',
    'Files',
    `- ${baseName}.csv: ${table.caption} (${table.rows.length} rows; UTF-8, comma-separated, first line = column names; text cells that begin with = + - or @ are prefixed with ' so that spreadsheets do not run them)`,
    `- ${baseName}.json: the same rows keyed by column, with the title, link, sources and citation`,
    '',
    'Columns',
    ...table.columns.map((c) => `- ${c.label} (${c.key}${c.numeric ? ', number' : ''})`),
    '',
    'Sources',
    ...meta.sources.map((s) => `- ${s.title}, ${s.date} (${s.basis}): ${s.url}`),
    '',
    `Codebook version: ${meta.codebookVersion}. Concepts are matched in the source texts by the`,
    "codebook's phrases; years without a full text rest on concepts coded from their published",
    'records, and are marked as coded wherever they appear.',
    '',
    'Cite as',
    meta.citation,
    '',
  ];
  return lines.join('\n');
}

/** A file name from a chart id and title: lower-case ASCII words joined by hyphens, at most 60 characters. */
export function fileBaseName(id: string, title: string): string {
  const words = `${id} ${title}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const unique = words
    .split('-')
    .filter((w, i, all) => w !== '' && all.indexOf(w) === i)
    .join('-');
  const cut = unique.length > 60 ? unique.slice(0, 60).replace(/-[^-]*$/, '') : unique;
  return cut || 'chart';
}
