// The data behind a chart as files: CSV (RFC 4180, safe to open in a spreadsheet), JSON (the
// table with what it is and where it comes from) and a short README. Pure: the caller gives the
// sources, the permalink and the date.

import type { Translator } from '../i18n/translator.ts';
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
export function dataReadme(
  table: DataTable,
  meta: DataExportMeta,
  baseName: string,
  tr: Translator,
): string {
  const lines = [
    meta.title,
    '='.repeat(Math.min(meta.title.length, 80)),
    '',
    ...(meta.subtitle ? [meta.subtitle, ''] : []),
    tr.t('share.readme.intro', { name: tr.t('shell.appName'), date: meta.exported }),
    tr.t('share.readme.viewAgain', { url: meta.url }),
    '',
    tr.t('share.readme.files'),
    tr.t('share.readme.csv', {
      file: `${baseName}.csv`,
      caption: table.caption,
      rows: table.rows.length,
      encoding: 'UTF-8',
    }),
    tr.t('share.readme.json', { file: `${baseName}.json` }),
    '',
    tr.t('share.readme.columns'),
    ...table.columns.map((c) =>
      tr.t(c.numeric ? 'share.readme.numberColumn' : 'share.readme.column', {
        label: c.label,
        key: c.key,
      }),
    ),
    '',
    tr.t('share.readme.sources'),
    ...meta.sources.map((s) =>
      tr.t('share.readme.source', { title: s.title, date: s.date, basis: s.basis, url: s.url }),
    ),
    '',
    tr.t('share.readme.codebook', { version: meta.codebookVersion }),
    '',
    tr.t('share.readme.citeAs'),
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
