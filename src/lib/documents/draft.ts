// A document a reader brings, before it joins the corpus: a dropped file read as strict UTF-8, or a
// pasted text, with a title and a year from a form. Every check gives a message that names what is
// wrong and where (the form field, or the file and line), and the checked document goes through
// the same source-file parser as the project's own texts (formatSourceFile → parseSourceFile), so
// that what the browser accepts is exactly what `npm run corpus` accepts.

import { decodeUtf8, InputError, lineOfOffset, type InputProblem } from '../corpus/input-error.ts';
import { formatSourceFile, isIsoDate, parseSourceFile, SLUG } from '../corpus/source-file.ts';
import { detectLanguage, languageNameIn, languageRules } from '../corpus/language.ts';
import type { ForumRecord, SourceHeader } from '../corpus/types.ts';
import type { Translator } from '../i18n/translator.ts';
import { forumDay } from '../model/forum-timeline.ts';
import type { ExistingDocument } from './existing-documents.ts';
import type { StoredDocument } from './store.ts';

/** The largest text accepted, in bytes of UTF-8. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENT_LABEL = '5 MB';

export type DraftField =
  'file' | 'text' | 'title' | 'year' | 'date' | 'source' | 'kind' | 'language' | 'versionOf';

export interface DraftProblem {
  field: DraftField;
  /** In the translator's language, except a source-file parser's own words (then `lang` is 'en'). */
  message: string;
  lang?: 'en';
}

// Names kept as they are in both languages, passed as slots.
const FORMATS = { txt: '.txt', md: '.md' } as const;

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

/** Too large: `from` is a file's name, or null for the pasted text. */
function tooLarge(from: string | null, bytes: number, tr: Translator): DraftProblem {
  return {
    field: from === null ? 'text' : 'file',
    message: tr.t('reader.draft.tooLarge', {
      what: from ?? tr.t('reader.draft.pastedText'),
      size: megabytes(bytes),
      limit: MAX_DOCUMENT_LABEL,
    }),
  };
}

function binaryProblem(
  where: string,
  text: string,
  at: number,
  field: DraftField,
  tr: Translator,
): DraftProblem {
  return {
    field,
    message: tr.t('reader.draft.binary', {
      where: `${where}:${lineOfOffset(text, at)}`,
      ...FORMATS,
    }),
  };
}

/** What a source-file reader's problem says: in the interface's words where it has them. */
function problemText(p: InputProblem, tr: Translator): string {
  return p.said ? tr.t(p.said.key, p.said.params) : p.message;
}

/** Reads a dropped or chosen file: size, strict UTF-8, no binary content, an optional header. */
export function readDocumentFile(name: string, bytes: Uint8Array, tr: Translator): FileReading {
  if (bytes.length > MAX_DOCUMENT_BYTES)
    return { ok: false, problems: [tooLarge(name, bytes.length, tr)] };
  let raw: string;
  try {
    raw = decodeUtf8(name, bytes);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return {
      ok: false,
      problems: e.problems.map((p) => ({
        field: 'file',
        message: tr.t('reader.draft.notText', {
          where: `${p.path}:${p.line}`,
          problem: problemText(p, tr),
          ...FORMATS,
        }),
      })),
    };
  }
  const text = raw.replace(/\r\n?/g, '\n');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, problems: [binaryProblem(name, text, nul, 'file', tr)] };
  if (text.trim() === '')
    return {
      ok: false,
      problems: [{ field: 'file', message: tr.t('reader.draft.emptyFile', { name }) }],
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
      if (!(e instanceof InputError)) throw e;
      return {
        ok: false,
        problems: e.problems.map((p) => ({
          field: 'file',
          message: tr.t('reader.draft.badHeader', {
            where: `${p.path}:${p.line}`,
            problem: problemText(p, tr),
            dashes: "'---'",
            format: 'data/sources',
          }),
        })),
      };
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
  /** Where the text came from, for messages: a file name, or null for the pasted text. */
  from: string | null;
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
  tr: Translator,
): CheckedDraft {
  const problems: DraftProblem[] = [];
  const notes: string[] = [];
  const text = draft.text.replace(/\r\n?/g, '\n');

  const bytes = new TextEncoder().encode(text).length;
  const from = draft.from ?? tr.t('reader.draft.pastedText');
  if (bytes > MAX_DOCUMENT_BYTES) problems.push(tooLarge(draft.from, bytes, tr));
  else if (text.trim() === '')
    problems.push({ field: 'text', message: tr.t('reader.draft.noText', FORMATS) });
  else if (text.includes('\u0000'))
    problems.push(binaryProblem(from, text, text.indexOf('\u0000'), 'text', tr));

  const title = draft.title.trim().replace(/\s+/g, ' ');
  if (title === '') problems.push({ field: 'title', message: tr.t('reader.draft.noTitle') });
  else if (title.length > 300)
    problems.push({
      field: 'title',
      message: tr.t('reader.draft.longTitle', { length: title.length, max: 300 }),
    });
  else {
    const same = existing.find((d) => normalTitle(d.title) === normalTitle(title));
    if (same)
      problems.push({
        field: 'title',
        message: tr.t(
          same.origin === 'user' ? 'reader.draft.sameTitleYours' : 'reader.draft.sameTitleProject',
          // Years as written: a number slot would be 2,024.
          { title: same.title, year: String(same.year) },
        ),
      });
  }

  const yearText = draft.year.trim();
  const year = Number(yearText);
  if (!/^(19|20|21)\d\d$/.test(yearText))
    problems.push({
      field: 'year',
      message: tr.t('reader.draft.badYear', { year: yearText }),
    });

  let date = draft.date.trim();
  if (date !== '' && !isIsoDate(date))
    problems.push({
      field: 'date',
      message: tr.t('reader.draft.badDate', { date, pattern: 'YYYY-MM-DD' }),
    });
  else if (
    date !== '' &&
    problems.every((p) => p.field !== 'year') &&
    !date.startsWith(`${yearText}-`)
  )
    problems.push({
      field: 'date',
      message: tr.t('reader.draft.dateNotInYear', { date, year: yearText }),
    });

  const source = draft.source.trim();
  if (source !== '' && !/^https?:\/\/\S+$/.test(source))
    problems.push({
      field: 'source',
      message: tr.t('reader.draft.badSource', { source, http: 'http://', https: 'https://' }),
    });

  const kind = draft.kind.trim() === '' ? 'document' : draft.kind.trim();
  if (!SLUG.test(kind))
    problems.push({
      field: 'kind',
      message: tr.t('reader.draft.badKind', { kind, a: 'chair-statement', b: 'speech' }),
    });

  const given = (draft.language ?? '').trim();
  if (given !== '' && !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(given))
    problems.push({
      field: 'language',
      message: tr.t('reader.draft.badLanguage', {
        language: given,
        a: 'en',
        b: 'zh',
        c: 'zh-Hant',
      }),
    });

  const versionOf = (draft.versionOf ?? '').trim();
  const original = versionOf === '' ? undefined : existing.find((d) => d.id === versionOf);
  if (versionOf !== '' && !original)
    problems.push({
      field: 'versionOf',
      message: tr.t('reader.draft.noOriginal', { id: versionOf }),
    });
  else if (original && /^(19|20|21)\d\d$/.test(yearText) && original.year !== year)
    problems.push({
      field: 'year',
      message: tr.t('reader.draft.versionYear', {
        title: original.title,
        year: String(original.year),
        given: yearText,
      }),
    });

  if (problems.length > 0) return { ok: false, problems };

  let language = given;
  if (language === '') {
    const detected = detectLanguage(text);
    language = detected.tag;
    const reason = tr.t(detected.reason.key, detected.reason.params);
    notes.push(
      detected.tag === 'und'
        ? tr.t('reader.draft.notDetected', { reason, tag: 'und' })
        : tr.t('reader.draft.detected', { name: languageNameIn(detected.tag, tr), reason }),
    );
  }
  if (languageRules(language) === null)
    notes.push(tr.t('reader.draft.noRules', { name: languageNameIn(language, tr) }));
  else if (/^zh-(Hant|TW|HK|MO)/i.test(language) || /[數據網絡體國際發議]/.test(text))
    notes.push(
      tr.t('reader.draft.traditional', {
        example: '數據跨境流動 = 数据跨境流动',
        regional: tr.list(['資料', '人工智慧']),
      }),
    );
  if (original) notes.push(tr.t('reader.draft.versionNote', { title: original.title }));

  if (date === '') {
    const forum = forums.find((f) => f.year === year);
    date = forum ? forumDay(forum) : `${yearText}-01-01`;
    notes.push(
      tr.t(
        forum
          ? forum.date.value !== null
            ? 'reader.draft.datedForum'
            : 'reader.draft.datedForumBy'
          : 'reader.draft.datedYear',
        { date, year: yearText },
      ),
    );
  }
  const html = HTML_TAG.exec(text);
  if (html) {
    const tag = html[0].length > 40 ? `${html[0].slice(0, 39)}…` : html[0];
    notes.push(tr.t('reader.draft.markup', { tag, line: lineOfOffset(text, html.index) }));
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
    const parsed = parseSourceFile({ path: from, content: formatSourceFile(header, text) });
    return { ok: true, document: { header: parsed.header, text: parsed.text, added }, notes };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return {
      ok: false,
      problems: e.problems.map((p) => ({
        field: 'text',
        message: problemText(p, tr),
        ...(p.said ? {} : { lang: 'en' as const }),
      })),
    };
  }
}
