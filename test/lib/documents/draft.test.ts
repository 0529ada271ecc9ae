import { describe, expect, it } from 'vitest';
import { formatSourceFile } from '../../../src/lib/corpus/source-file.ts';
import {
  checkDraft,
  documentId,
  MAX_DOCUMENT_BYTES,
  readDocumentFile,
  type DocumentDraft,
} from '../../../src/lib/documents/draft.ts';
import type { ExistingDocument } from '../../../src/lib/documents/existing-documents.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const forums = miniCorpus().forums; // 2029 (record only, 2029-11-09) and 2030 (2030-05-01)
const existing: ExistingDocument[] = [
  { id: 'fixture-statement', title: 'Fixture statement', year: 2030, origin: 'project' },
  { id: 'my-speech', title: 'My speech', year: 2029, origin: 'user' },
];
const draft = (patch: Partial<DocumentDraft> = {}): DocumentDraft => ({
  text: 'We support data flow.',
  from: null,
  title: 'A new text',
  year: '2029',
  date: '',
  source: '',
  complete: true,
  kind: '',
  language: 'en',
  ...patch,
});
const ADDED = '2025-01-02T03:04:05.000Z';
const problemsOf = (d: DocumentDraft) => {
  const r = checkDraft(d, existing, forums, ADDED, enTr);
  return r.ok ? [] : r.problems;
};

describe('readDocumentFile', () => {
  it('refuses a binary file that is not UTF-8, naming the file, line and first bad byte', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const r = readDocumentFile('photo.png', png, enTr);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]!.field).toBe('file');
      expect(r.problems[0]!.message).toMatch(
        /^photo\.png:1: not valid UTF-8 text \(first bad byte at offset 0\).*binary file/,
      );
    }
  });

  it('refuses valid UTF-8 with a NUL byte as binary, at its line', () => {
    const r = readDocumentFile('notes.txt', utf8('first line\nsecond\u0000line'), enTr);
    expect(r.ok ? null : r.problems[0]!.message).toMatch(/^notes\.txt:2: binary content/);
  });

  it('refuses a file over the limit before reading it as text', () => {
    const r = readDocumentFile('big.txt', new Uint8Array(MAX_DOCUMENT_BYTES + 1), enTr);
    expect(r.ok ? null : r.problems[0]!.message).toBe(
      'big.txt is 5.0 MB; the limit is 5 MB. Add an excerpt, or split the text into parts.',
    );
  });

  it('refuses an empty file', () => {
    const r = readDocumentFile('empty.md', utf8(' \n\n '), enTr);
    expect(r.ok ? null : r.problems[0]!.message).toBe('empty.md is empty: it has no text.');
  });

  it('reads a file in the data/sources format with its header (the export comes back in)', () => {
    const header = {
      id: 'speech-2029',
      title: 'A speech',
      year: 2029,
      date: '2029-11-09',
      language: 'en',
      kind: 'speech',
      source: 'https://example.org/s',
      complete: false,
    };
    const r = readDocumentFile(
      'speech-2029.txt',
      utf8(formatSourceFile(header, 'Line one.\nTwo.')),
      enTr,
    );
    expect(r).toEqual({
      ok: true,
      text: 'Line one.\nTwo.',
      header,
      suggestedTitle: 'A speech',
    });
  });

  it('names the file and line of a header that is not in the data/sources format', () => {
    const r = readDocumentFile('post.md', utf8('---\nlayout: post\n---\nText.'), enTr);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.message).toMatch(/^post\.md:2: unknown header field "layout"/);
  });

  it('suggests a title from a first Markdown heading, else from the file name; CRLF becomes LF', () => {
    expect(readDocumentFile('x.md', utf8('# The 2025 statement\r\n\r\nText.'), enTr)).toEqual({
      ok: true,
      text: '# The 2025 statement\n\nText.',
      header: null,
      suggestedTitle: 'The 2025 statement',
    });
    const plain = readDocumentFile('keynote_speech-2025.txt', utf8('Text.'), enTr);
    expect(plain.ok && plain.suggestedTitle).toBe('keynote speech 2025');
  });
});

describe('checkDraft', () => {
  it('accepts a document, dated by its forum when no date is given, as a valid source file', () => {
    const r = checkDraft(
      draft({ text: 'We support data flow.\r\n\r\nMore.\n\n', kind: 'speech' }),
      existing,
      forums,
      ADDED,
      enTr,
    );
    expect(r).toEqual({
      ok: true,
      document: {
        header: {
          id: 'a-new-text',
          title: 'A new text',
          year: 2029,
          date: '2029-11-09',
          language: 'en',
          kind: 'speech',
          source: '',
          complete: true,
        },
        text: 'We support data flow.\n\nMore.',
        added: ADDED,
      },
      notes: ['No date was given: it is dated 2029-11-09, the day of the 2029 forum.'],
    });
  });

  it('dates a year without a forum on its first day, and says so', () => {
    const r = checkDraft(draft({ year: '2035' }), existing, forums, ADDED, enTr);
    expect(r.ok && [r.document.header.date, r.notes]).toEqual([
      '2035-01-01',
      ['No date was given: it is dated 2035-01-01, the first day of 2035.'],
    ]);
  });

  it.each<[string, Partial<DocumentDraft>, string, string]>([
    [
      'empty text',
      { text: ' \n ' },
      'text',
      'Text: there is no text. Paste a text or drop a .txt or .md file.',
    ],
    ['no title', { title: '  ' }, 'title', 'Title: give the document a title.'],
    [
      'year not a year',
      { year: '20x9' },
      'year',
      'Year: “20x9” is not a four-digit year such as 2023.',
    ],
    [
      'date not a date',
      { date: '2029-02-30' },
      'date',
      'Date: “2029-02-30” is not a date written YYYY-MM-DD.',
    ],
    [
      'date in another year',
      { date: '2030-01-01' },
      'date',
      'Date: 2030-01-01 is not in 2029, the document’s year.',
    ],
    [
      'source not a web address',
      { source: 'javascript:alert(1)' },
      'source',
      'Source URL: “javascript:alert(1)” is not a web address starting with http:// or https://.',
    ],
    [
      'kind not a slug',
      { kind: 'Big Speech' },
      'kind',
      'Kind: “Big Speech” should be lower-case words joined by hyphens, such as chair-statement or speech.',
    ],
    [
      'title of a project text (any case and spacing)',
      { title: '  fixture   STATEMENT ' },
      'title',
      'Title: “Fixture statement” is already the title of a document (2030, one of the project’s texts). Choose another title.',
    ],
    [
      'title of one of the reader’s documents',
      { title: 'My speech' },
      'title',
      'Title: “My speech” is already the title of a document (2029, added by you). Choose another title, or remove that document first.',
    ],
  ])('refuses %s, naming the field', (_name, patch, field, message) => {
    expect(problemsOf(draft(patch))).toEqual([{ field, message }]);
  });

  it('refuses a pasted text over the limit and a pasted text with a NUL byte', () => {
    expect(problemsOf(draft({ text: 'x'.repeat(MAX_DOCUMENT_BYTES + 1) }))[0]!.message).toMatch(
      /^the pasted text is 5\.0 MB; the limit is 5 MB/,
    );
    expect(problemsOf(draft({ text: 'a\nb\u0000' }))[0]!.message).toMatch(
      /^the pasted text:2: binary content/,
    );
  });

  it('lists every problem at once', () => {
    expect(problemsOf(draft({ text: '', title: '', year: 'x' })).map((p) => p.field)).toEqual([
      'text',
      'title',
      'year',
    ]);
  });

  it('accepts HTML as plain text and says where it is', () => {
    const r = checkDraft(
      draft({ text: 'Intro.\nA <img src=x onerror="alert(1)"> here.', date: '2029-01-01' }),
      existing,
      forums,
      ADDED,
      enTr,
    );
    expect(r.ok && r.notes).toEqual([
      'The text contains HTML markup (“<img src=x onerror="alert(1)">” on line 2). It is kept as plain text: the reader shows it as written and never runs it.',
    ]);
    expect(r.ok && r.document.text).toBe('Intro.\nA <img src=x onerror="alert(1)"> here.');
  });
});

describe('checkDraft: language and versions', () => {
  // 12 Han characters and 2 Latin letters (AI): 12 / 14 = 86%.
  it('detects Chinese when no language is given, and says why', () => {
    const r = checkDraft(
      draft({ text: '推动数据跨境流动，加强AI治理。', language: '', date: '2029-01-01' }),
      existing,
      forums,
      ADDED,
      enTr,
    );
    expect(r.ok && r.document.header.language).toBe('zh');
    expect(r.ok && r.notes).toEqual([
      'Language: Chinese, detected because 86% of its letters are Chinese characters.',
    ]);
  });

  it('adds a text in a language without phrases, with a note that nothing is matched', () => {
    const r = checkDraft(
      draft({ text: 'Nous soutenons la coopération numérique.', language: '', date: '2029-01-01' }),
      existing,
      forums,
      ADDED,
      enTr,
    );
    expect(r.ok && r.document.header.language).toBe('und');
    expect(r.ok && r.notes).toEqual([
      'Language: not detected (it is in Latin letters, but few of its words are common English words); it is marked “und” (undetermined).',
      'No concepts are matched in this text: the codebook has phrases in English and Chinese only, and the text is in an undetermined language. It is added, and you can read and search it.',
    ]);
    const fr = checkDraft(
      draft({ text: 'Nous soutenons.', language: 'fr', date: '2029-01-01' }),
      existing,
      forums,
      ADDED,
      enTr,
    );
    expect(fr.ok && fr.notes[0]).toMatch(/and the text is in fr\./);
  });

  it('says that traditional characters are matched through a table', () => {
    const r = checkDraft(
      draft({ text: '推動數據跨境流動。', language: 'zh-Hant', date: '2029-01-01' }),
      existing,
      forums,
      ADDED,
      enTr,
    );
    expect(r.ok && r.notes[0]).toMatch(/^Traditional characters are matched through a table/);
  });

  it('makes a text a version of an existing document of the same year, and refuses others', () => {
    const ok = checkDraft(
      draft({
        text: '推动数据跨境流动。',
        language: 'zh',
        versionOf: existing[0]!.id,
        year: String(existing[0]!.year),
        date: '',
      }),
      existing,
      forums,
      ADDED,
      enTr,
    );
    expect(ok.ok && ok.document.header.versionOf).toBe(existing[0]!.id);
    // Named after its document and language, whatever its (Chinese) title.
    expect(ok.ok && ok.document.header.id).toBe('fixture-statement-zh');
    expect(problemsOf(draft({ versionOf: 'no-such-doc' }))).toEqual([
      {
        field: 'versionOf',
        message: 'Version of: there is no document “no-such-doc” to be a version of.',
      },
    ]);
    expect(
      problemsOf(draft({ versionOf: existing[0]!.id, year: String(existing[0]!.year + 1) })),
    ).toEqual([
      {
        field: 'year',
        message: `Year: a language version of “${existing[0]!.title}” belongs to its year, ${existing[0]!.year}, not ${existing[0]!.year + 1}.`,
      },
    ]);
    expect(problemsOf(draft({ language: 'Chinese' }))[0]!.field).toBe('language');
  });
});

describe('documentId', () => {
  it.each([
    ['Chair’s Statement 2023', 2023, [], 'chair-s-statement-2023'],
    ['Chair’s Statement 2023', 2023, ['chair-s-statement-2023'], 'chair-s-statement-2023-2'],
    ['Déclaration de Wuzhen', 2024, [], 'declaration-de-wuzhen'],
    ['数字合作论坛', 2024, [], 'document-2024'],
    [
      'A very long title that goes on and on about digital cooperation and more and more',
      2024,
      [],
      'a-very-long-title-that-goes-on-and-on-about-digital',
    ],
  ])('%s → %s', (title, year, taken, id) => {
    expect(documentId(title, year, new Set(taken))).toBe(id);
  });
});

describe('the checks in Chinese', () => {
  it('names the file and the bad byte in Chinese', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]);
    const r = readDocumentFile('photo.png', png, zhTr);
    expect(r.ok ? null : r.problems[0]!.message).toBe(
      'photo.png:1：不是有效的UTF-8文本（第一个错误字节位于偏移量0处）；请将文件另存为UTF-8。这是二进制文件（PDF、文字处理文档、图片）吗？只能添加纯文本（.txt、.md）。',
    );
  });

  it('says what is wrong with each field in Chinese, years written as years', () => {
    const r = checkDraft(
      draft({ text: '', title: 'My speech', year: '99', date: '2030-13-01', from: null }),
      existing,
      forums,
      ADDED,
      zhTr,
    );
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual([
      '文本：没有文本。请粘贴文本，或拖入.txt或.md文件。',
      '标题：“My speech”已是另一份文件的标题（2029年，由您添加）。请换一个标题，或先删除那份文件。',
      '年份：“99”不是四位数的年份（例如2023）。',
      '日期：“2030-13-01”不是按YYYY-MM-DD格式书写的日期。',
    ]);
  });

  it('says in Chinese why it took a text for Chinese', () => {
    const r = checkDraft(
      draft({ text: '我们支持数据跨境流动。', language: '' }),
      existing,
      forums,
      ADDED,
      zhTr,
    );
    expect(r.ok && r.notes[0]).toBe('语言：中文，识别依据是其中100%的文字是汉字。');
  });
});
