// A document a reader brings, before it joins the corpus: a dropped file read as strict UTF-8, or a
// pasted text, with a title and a year from a form. Every check gives a message that names what is
// wrong and where (the form field, or the file and line), and the checked document goes through
// the same source-file parser as the project's own texts (formatSourceFile → parseSourceFile), so
// that what the browser accepts is exactly what `npm run corpus` accepts.

import { decodeUtf8, InputError, lineOfOffset, formatProblem } from '../corpus/input-error.ts';
import { formatSourceFile, isIsoDate, parseSourceFile, SLUG } from '../corpus/source-file.ts';
import { detectLanguage, languageName, languageRules } from '../corpus/language.ts';
import type { ForumRecord, SourceHeader } from '../corpus/types.ts';
import { forumDay } from '../model/forum-timeline.ts';
import type { ExistingDocument, StoredDocument } from './store.ts';

/** The largest text accepted, in bytes of UTF-8. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENT_LABEL = '5 MB';

export type DraftField =
  'file' | 'text' | 'title' | 'year' | 'date' | 'source' | 'kind' | 'language' | 'versionOf';

export interface DraftProblem {
  field: DraftField;
  message: string;
}

export type FileReading =
  | {
      ok: true;
      text: string;
      /** The file's header, when it is in the data/sources format (e.g. exported from here). */
      header: SourceHeader | null;
      /** A title taken from a first Markdown heading, else from the file name. */
      suggestedTitle: string;
    }
  | { ok: false; problems: DraftProblem[] };

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function tooLarge(what: string, bytes: number): DraftProblem {
  return {
    field: what === 'the pasted text' ? 'text' : 'file',
    message: `${what} is ${megabytes(bytes)}; the limit is ${MAX_DOCUMENT_LABEL}. Add an excerpt, or split the text into parts.`,
  };
}

function binaryProblem(where: string, text: string, at: number, field: DraftField): DraftProblem {
  return {
    field,
    message: `${where}:${lineOfOffset(text, at)}: binary content (a NUL byte), not plain text. Only plain text (.txt, .md) can be added; save PDF or Word files as plain text first.`,
  };
}

/** A file's problems from the source-file reader, each as `path:line: message` and a hint. */
function fileProblems(e: unknown, hint: string): FileReading {
  if (!(e instanceof InputError)) throw e;
  return {
    ok: false,
    problems: e.problems.map((p) => ({ field: 'file', message: `${formatProblem(p)}${hint}` })),
  };
}

/** Reads a dropped or chosen file: size, strict UTF-8, no binary content, an optional header. */
export function readDocumentFile(name: string, bytes: Uint8Array): FileReading {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return { ok: false, problems: [tooLarge(name, bytes.length)] };
  let raw: string;
  try {
    raw = decodeUtf8(name, bytes);
  } catch (e) {
    return fileProblems(
      e,
      '. Is it a binary file (PDF, Word, image)? Only plain text (.txt, .md) can be added.',
    );
  }
  const text = raw.replace(/\r\n?/g, '\n');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, problems: [binaryProblem(name, text, nul, 'file')] };
  if (text.trim() === '')
    return {
      ok: false,
      problems: [{ field: 'file', message: `${name} is empty: it has no text.` }],
    };

  if (/^---[ \t]*\n/.test(text)) {
    try {
      const parsed = parseSourceFile({ path: name, content: text });
      return {
        ok: true,
        text: parsed.text,
        header: parsed.header,
        suggestedTitle: parsed.header.title,
      };
    } catch (e) {
      return fileProblems(
        e,
        " (the file starts with '---', so it is read as a data/sources header; remove the header to add the whole file as text)",
      );
    }
  }
  const heading = /^\s*#{1,6}\s+(.+?)\s*#*\s*$/m.exec(
    text.split('\n').find((l) => l.trim() !== '') ?? '',
  );
  const fromName = name
    .replace(/\.[^.]*$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return { ok: true, text, header: null, suggestedTitle: heading?.[1] ?? fromName };
}

export interface DocumentDraft {
  text: string;
  /** Where the text came from, for messages: a file name, or 'the pasted text'. */
  from: string;
  title: string;
  year: string;
  /** YYYY-MM-DD, or '' for the forum's date (or the year's first day when it had no forum). */
  date: string;
  source: string;
  complete: boolean;
  /** A slug such as chair-statement or speech; '' for 'document'. */
  kind: string;
  /** A language tag (en, zh, zh-Hant, …); '' or absent: detected from the text. */
  language?: string;
  /** Id of a document this text is another language version of; '' or absent: none. */
  versionOf?: string;
}

export type CheckedDraft =
  { ok: true; document: StoredDocument; notes: string[] } | { ok: false; problems: DraftProblem[] };

const HTML_TAG = /<\/?[A-Za-z][^<>]*>|<!--/;

export const normalTitle = (t: string): string => t.trim().replace(/\s+/g, ' ').toLowerCase();

/** A slug for a title that no existing document uses. */
export function documentId(title: string, year: number, taken: ReadonlySet<string>): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  let base = '';
  for (const w of words ?? []) {
    const next = base === '' ? w : `${base}-${w}`;
    if (next.length > 60) break;
    base = next;
  }
  if (base === '') base = `document-${year}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function checkDraft(
  draft: DocumentDraft,
  existing: readonly ExistingDocument[],
  forums: readonly ForumRecord[],
  added: string,
): CheckedDraft {
  const problems: DraftProblem[] = [];
  const notes: string[] = [];
  const text = draft.text.replace(/\r\n?/g, '\n');

  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_DOCUMENT_BYTES) problems.push(tooLarge(draft.from, bytes));
  else if (text.trim() === '')
    problems.push({
      field: 'text',
      message: 'Text: there is no text. Paste a text or drop a .txt or .md file.',
    });
  else if (text.includes('\u0000'))
    problems.push(binaryProblem(draft.from, text, text.indexOf('\u0000'), 'text'));

  const title = draft.title.trim().replace(/\s+/g, ' ');
  if (title === '') problems.push({ field: 'title', message: 'Title: give the document a title.' });
  else if (title.length > 300)
    problems.push({ field: 'title', message: `Title: ${title.length} characters; at most 300.` });
  else {
    const same = existing.find((d) => normalTitle(d.title) === normalTitle(title));
    if (same)
      problems.push({
        field: 'title',
        message: `Title: “${same.title}” is already the title of a document (${same.year}, ${same.origin === 'user' ? 'added by you' : 'one of the project’s texts'}). Choose another title${same.origin === 'user' ? ', or remove that document first' : ''}.`,
      });
  }

  const yearText = draft.year.trim();
  const year = Number(yearText);
  if (!/^(19|20|21)\d\d$/.test(yearText))
    problems.push({
      field: 'year',
      message: `Year: “${yearText}” is not a four-digit year such as 2023.`,
    });

  let date = draft.date.trim();
  if (date !== '' && !isIsoDate(date))
    problems.push({ field: 'date', message: `Date: “${date}” is not a date written YYYY-MM-DD.` });
  else if (
    date !== '' &&
    problems.every((p) => p.field !== 'year') &&
    !date.startsWith(`${yearText}-`)
  )
    problems.push({
      field: 'date',
      message: `Date: ${date} is not in ${yearText}, the document’s year.`,
    });

  const source = draft.source.trim();
  if (source !== '' && !/^https?:\/\/\S+$/.test(source))
    problems.push({
      field: 'source',
      message: `Source URL: “${source}” is not a web address starting with http:// or https://.`,
    });

  const kind = draft.kind.trim() === '' ? 'document' : draft.kind.trim();
  if (!SLUG.test(kind))
    problems.push({
      field: 'kind',
      message: `Kind: “${kind}” should be lower-case words joined by hyphens, such as chair-statement or speech.`,
    });

  const given = (draft.language ?? '').trim();
  if (given !== '' && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(given))
    problems.push({
      field: 'language',
      message: `Language: “${given}” is not a language tag such as en, zh or zh-Hant.`,
    });

  const versionOf = (draft.versionOf ?? '').trim();
  const original = versionOf === '' ? undefined : existing.find((d) => d.id === versionOf);
  if (versionOf !== '' && !original)
    problems.push({
      field: 'versionOf',
      message: `Version of: there is no document “${versionOf}” to be a version of.`,
    });
  else if (original && /^(19|20|21)\d\d$/.test(yearText) && original.year !== year)
    problems.push({
      field: 'year',
      message: `Year: a language version of “${original.title}” belongs to its year, ${original.year}, not ${yearText}.`,
    });

  if (problems.length > 0) return { ok: false, problems };

  let language = given;
  if (language === '') {
    const detected = detectLanguage(text);
    language = detected.tag;
    notes.push(
      detected.tag === 'und'
        ? `Language: not detected (${detected.reason}); it is marked “und” (undetermined).`
        : `Language: ${languageName(detected.tag)}, detected because ${detected.reason}.`,
    );
  }
  if (languageRules(language) === null)
    notes.push(
      `No concepts are matched in this text: the codebook has phrases in English and Chinese only, and the text is in ${languageName(language)}. It is added, and you can read and search it.`,
    );
  else if (/^zh-(Hant|TW|HK|MO)/i.test(language) || /[數據網絡體國際發議]/.test(text))
    notes.push(
      'Traditional characters are matched through a table of the codebook’s characters (數據跨境流動 = 数据跨境流动); words that differ by region (資料, 人工智慧) are not matched unless the codebook lists them.',
    );
  if (original)
    notes.push(
      `It is a language version of “${original.title}”: the two are read side by side, and the charts count the year once (the English version when there is one).`,
    );

  if (date === '') {
    const forum = forums.find((f) => f.year === year);
    date = forum ? forumDay(forum) : `${yearText}-01-01`;
    notes.push(
      forum
        ? forum.date.value !== null
          ? `No date was given: it is dated ${date}, the day of the ${year} forum.`
          : `No date was given: it is dated ${date}, the day the ${year} forum was held by (its own day is not known).`
        : `No date was given: it is dated ${date}, the first day of ${year}.`,
    );
  }
  const html = HTML_TAG.exec(text);
  if (html) {
    const tag = html[0].length > 40 ? `${html[0].slice(0, 39)}…` : html[0];
    notes.push(
      `The text contains HTML markup (“${tag}” on line ${lineOfOffset(text, html.index)}). It is kept as plain text: the reader shows it as written and never runs it.`,
    );
  }

  const header: SourceHeader = {
    // A language version is named after its document: 2024-chair-statement-zh.
    id: documentId(
      original ? `${original.id} ${language.split('-')[0]}` : title,
      year,
      new Set(existing.map((d) => d.id)),
    ),
    title,
    year,
    date,
    language,
    kind,
    source,
    complete: draft.complete,
    ...(original ? { versionOf: original.id } : {}),
  };
  // The same parser as the build: what is stored here is a valid data/sources file.
  try {
    const parsed = parseSourceFile({ path: draft.from, content: formatSourceFile(header, text) });
    return { ok: true, document: { header: parsed.header, text: parsed.text, added }, notes };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return {
      ok: false,
      problems: e.problems.map((p) => ({ field: 'text', message: p.message })),
    };
  }
}
