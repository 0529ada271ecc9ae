import { describe, expect, it } from 'vitest';
import { InputError, formatProblem } from '../../../src/lib/corpus/input-error.ts';
import { formatSourceFile, parseSourceFile } from '../../../src/lib/corpus/source-file.ts';

const HEADER = [
  '---',
  'id: a-doc',
  'title: A document',
  'year: 2024',
  'date: 2024-11-21',
  'language: en',
  'kind: chair-statement',
  'source: https://example.org/a',
  'complete: true',
  '---',
];
const file = (lines: string[]) => ({ path: 'data/sources/a.txt', content: lines.join('\n') });

function problemsOf(content: string | Uint8Array): string[] {
  try {
    parseSourceFile({ path: 'data/sources/a.txt', content });
  } catch (e) {
    if (e instanceof InputError) return e.problems.map(formatProblem);
    throw e;
  }
  return [];
}

describe('parseSourceFile', () => {
  it('reads the header and keeps the text verbatim', () => {
    const parsed = parseSourceFile(file([...HEADER, 'First “line”.', 'Second line.']));
    expect(parsed.header).toEqual({
      id: 'a-doc',
      title: 'A document',
      year: 2024,
      date: '2024-11-21',
      language: 'en',
      kind: 'chair-statement',
      source: 'https://example.org/a',
      complete: true,
    });
    expect(parsed.text).toBe('First “line”.\nSecond line.');
  });

  it('accepts UTF-8 bytes, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\ufeff${[...HEADER, 'Text é.'].join('\n')}`);
    expect(parseSourceFile({ path: 'x.txt', content: bytes }).text).toBe('Text é.');
  });

  it('round-trips through formatSourceFile', () => {
    const parsed = parseSourceFile(file([...HEADER, 'Body.']));
    const again = parseSourceFile({
      path: 'b.txt',
      content: formatSourceFile(parsed.header, parsed.text),
    });
    expect(again).toEqual({ ...parsed, path: 'b.txt' });
  });

  it.each([
    ['an empty file', '', 'data/sources/a.txt:1: empty file'],
    ['a missing header', 'Just text.', 'data/sources/a.txt:1: missing header'],
    ['an unclosed header', '---\nid: x\ntext', 'data/sources/a.txt:1: header is not closed'],
    [
      'a malformed header line',
      [...HEADER.slice(0, 3), 'no colon here', ...HEADER.slice(3), 'T.'].join('\n'),
      'data/sources/a.txt:4: malformed header line "no colon here"',
    ],
    [
      'an unknown field',
      [...HEADER.slice(0, 3), 'colour: red', ...HEADER.slice(3), 'T.'].join('\n'),
      'data/sources/a.txt:4: unknown header field "colour"',
    ],
    [
      'a missing field',
      [...HEADER.filter((l) => !l.startsWith('title')), 'T.'].join('\n'),
      'data/sources/a.txt:9: header lacks the field "title"',
    ],
    [
      'a bad year',
      [...HEADER.map((l) => (l.startsWith('year') ? 'year: 24' : l)), 'T.'].join('\n'),
      'data/sources/a.txt:4: header field "year" is "24"',
    ],
    [
      'an impossible date',
      [...HEADER.map((l) => (l.startsWith('date') ? 'date: 2024-02-30' : l)), 'T.'].join('\n'),
      'data/sources/a.txt:5: header field "date" is "2024-02-30"',
    ],
    [
      'a date outside the year',
      [...HEADER.map((l) => (l.startsWith('date') ? 'date: 2023-11-21' : l)), 'T.'].join('\n'),
      'data/sources/a.txt:5: header field "date"',
    ],
    [
      'a bad id',
      [...HEADER.map((l) => (l.startsWith('id') ? 'id: Not A Slug' : l)), 'T.'].join('\n'),
      'data/sources/a.txt:2: header field "id" is "Not A Slug"',
    ],
    [
      'a bad complete flag',
      [...HEADER.map((l) => (l.startsWith('complete') ? 'complete: yes' : l)), 'T.'].join('\n'),
      'data/sources/a.txt:9: header field "complete" is "yes"',
    ],
    [
      'no text after the header',
      [...HEADER, '', '  '].join('\n'),
      'data/sources/a.txt:11: empty document',
    ],
    ['a NUL byte', [...HEADER, 'bin\u0000ary'].join('\n'), 'data/sources/a.txt:11: binary content'],
  ])('reports %s with path and line', (_name, content, expected) => {
    const problems = problemsOf(content);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain(expected);
  });

  it('reports bytes that are not UTF-8 at their line', () => {
    const head = new TextEncoder().encode([...HEADER, 'Good line.', 'Bad '].join('\n'));
    const bytes = new Uint8Array([...head, 0xff, 0xfe, 0x41]);
    expect(problemsOf(bytes)).toEqual([
      'data/sources/a.txt:12: not valid UTF-8 text (first bad byte at offset ' +
        head.length +
        '); save the file as UTF-8',
    ]);
  });

  it('reports every header problem at once', () => {
    const content = [
      ...HEADER.map((l) =>
        l.startsWith('year') ? 'year: x' : l.startsWith('kind') ? 'kind: Bad Kind' : l,
      ),
      'T.',
    ].join('\n');
    expect(problemsOf(content)).toEqual([
      expect.stringContaining(':4: header field "year" is "x"'),
      expect.stringContaining(':7: header field "kind" is "Bad Kind"'),
    ]);
  });
});
