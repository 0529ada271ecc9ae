// A source document file: a header between two '---' lines, then the verbatim text.
//
//   ---
//   id: 2024-chair-statement
//   title: Chair's Statement of the 2024 …
//   year: 2024
//   date: 2024-11-21
//   language: en
//   kind: chair-statement
//   source: https://…
//   complete: true
//   versionOf: …      (optional: the id of the document this text is a language version of)
//   ---
//   The text, exactly as published…

import { decodeUtf8, InputError, lineOfOffset, type InputProblem } from './input-error.ts';
import { SLUG } from './slug.ts';
import type { InputFile, SourceHeader } from './types.ts';

export { SLUG };

export const HEADER_FIELDS = [
  'id',
  'title',
  'year',
  'date',
  'language',
  'kind',
  'source',
  'complete',
  'versionOf',
] as const;
type HeaderField = (typeof HEADER_FIELDS)[number];

/** Fields a header may leave out, with the value they then take. */
const OPTIONAL: Partial<Record<HeaderField, string>> = { source: '', versionOf: '' };

export interface ParsedSource {
  path: string;
  header: SourceHeader;
  text: string;
}

export function parseSourceFile(file: InputFile): ParsedSource {
  const raw = decodeUtf8(file.path, file.content);
  const problem = (line: number, message: string): InputError =>
    new InputError([{ path: file.path, line, message }]);

  if (raw.trim() === '') throw problem(1, 'empty file: a source needs a header and a text');
  const nul = raw.indexOf('\u0000');
  if (nul >= 0) {
    throw problem(
      lineOfOffset(raw, nul),
      'binary content (a NUL byte): a source must be plain text',
    );
  }

  const lines = raw.split('\n');
  if (lines[0]!.trim() !== '---') {
    throw problem(
      1,
      "missing header: the file must start with a line '---', then 'key: value' lines, then '---'",
    );
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0)
    throw problem(1, "header is not closed: add a line '---' after the last 'key: value' line");

  const values = new Map<string, { value: string; line: number }>();
  const problems: InputProblem[] = [];
  for (let i = 1; i < close; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      problems.push({
        path: file.path,
        line: i + 1,
        message: `malformed header line "${line.trim()}": expected "key: value"`,
      });
      continue;
    }
    // Field names are case-insensitive: versionof and versionOf are one field.
    const key = HEADER_FIELDS.find((f) => f.toLowerCase() === m[1]!.toLowerCase()) ?? '';
    if (key === '') {
      problems.push({
        path: file.path,
        line: i + 1,
        message: `unknown header field "${m[1]}" (known fields: ${HEADER_FIELDS.join(', ')})`,
      });
      continue;
    }
    if (values.has(key)) {
      problems.push({ path: file.path, line: i + 1, message: `header field "${key}" given twice` });
      continue;
    }
    values.set(key, { value: m[2]!.trim(), line: i + 1 });
  }
  for (const field of HEADER_FIELDS) {
    if (!values.has(field) && OPTIONAL[field] === undefined) {
      problems.push({
        path: file.path,
        line: close + 1,
        message: `header lacks the field "${field}"`,
      });
    }
  }

  const get = (f: HeaderField): { value: string; line: number } =>
    values.get(f) ?? { value: OPTIONAL[f] ?? '', line: close + 1 };
  const check = (f: HeaderField, ok: boolean, expected: string): void => {
    const v = values.get(f);
    if (v && !ok)
      problems.push({
        path: file.path,
        line: v.line,
        message: `header field "${f}" is "${v.value}": ${expected}`,
      });
  };

  const id = get('id').value;
  check('id', SLUG.test(id), 'expected a slug of lower-case letters, digits and single hyphens');
  const title = get('title').value;
  check(
    'title',
    title.length > 0 && title.length <= 300,
    'expected a title of 1 to 300 characters',
  );
  const year = get('year').value;
  check('year', /^(19|20|21)\d\d$/.test(year), 'expected a four-digit year');
  const date = get('date').value;
  check(
    'date',
    isIsoDate(date) && (!/^\d{4}$/.test(year) || date.startsWith(year)),
    `expected an ISO date (YYYY-MM-DD) in the year ${year}`,
  );
  const language = get('language').value;
  check(
    'language',
    /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language),
    'expected a language tag such as en or zh-Hans',
  );
  const kind = get('kind').value;
  check('kind', SLUG.test(kind), 'expected a slug such as chair-statement, non-paper or speech');
  const source = get('source').value;
  check('source', source === '' || /^https?:\/\/\S+$/.test(source), 'expected an http(s) URL');
  const complete = get('complete').value;
  check(
    'complete',
    complete === 'true' || complete === 'false',
    'expected true (the whole text) or false (an excerpt)',
  );

  const versionOf = get('versionOf').value;
  check(
    'versionOf',
    versionOf === '' || (SLUG.test(versionOf) && versionOf !== id),
    'expected the id of another document, of which this text is a language version',
  );

  const bodyStart = lines.slice(0, close + 1).join('\n').length + 1;
  const text = raw.slice(Math.min(bodyStart, raw.length)).replace(/\s+$/, '');
  if (problems.length === 0 && text.trim() === '') {
    problems.push({
      path: file.path,
      line: close + 2,
      message: 'empty document: there is no text after the header',
    });
  }
  if (problems.length > 0) throw new InputError(problems);

  return {
    path: file.path,
    header: {
      id,
      title,
      year: Number(year),
      date,
      language,
      kind,
      source,
      complete: complete === 'true',
      ...(versionOf === '' ? {} : { versionOf }),
    },
    text,
  };
}

/** Writes a header and text in the source file format: the inverse of parseSourceFile. */
export function formatSourceFile(header: SourceHeader, text: string): string {
  const lines = [
    '---',
    `id: ${header.id}`,
    `title: ${header.title.replace(/\s+/g, ' ')}`,
    `year: ${header.year}`,
    `date: ${header.date}`,
    `language: ${header.language}`,
    `kind: ${header.kind}`,
    ...(header.source ? [`source: ${header.source}`] : []),
    `complete: ${header.complete}`,
    ...(header.versionOf ? [`versionOf: ${header.versionOf}`] : []),
    '---',
  ];
  return `${lines.join('\n')}\n${text}\n`;
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
  );
}
