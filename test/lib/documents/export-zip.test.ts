import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSourceFile } from '../../../src/lib/corpus/source-file.ts';
import { zipSourceFiles } from '../../../src/lib/documents/export-zip.ts';
import type { StoredDocument } from '../../../src/lib/documents/store.ts';
import { sourceFile } from '../../../src/lib/documents/stored-file.ts';

const doc = (id: string, title: string, text: string): StoredDocument => ({
  header: {
    id,
    title,
    year: 2023,
    date: '2023-11-09',
    language: 'en',
    kind: 'chair-statement',
    source: 'https://example.org/2023',
    complete: false,
  },
  text,
  added: '2025-03-01T10:00:00.000Z',
});

describe('export of the reader’s documents', () => {
  it('writes one data/sources file per document, which the build’s parser reads back unchanged', () => {
    const d = doc('statement-2023', 'Statement 2023', 'I. Heading\nText <b>with</b> markup.');
    const file = sourceFile(d);
    expect(file.name).toBe('statement-2023.txt');
    expect(file.text).toBe(
      [
        '---',
        'id: statement-2023',
        'title: Statement 2023',
        'year: 2023',
        'date: 2023-11-09',
        'language: en',
        'kind: chair-statement',
        'source: https://example.org/2023',
        'complete: false',
        '---',
        'I. Heading',
        'Text <b>with</b> markup.',
        '',
      ].join('\n'),
    );
    const back = parseSourceFile({ path: file.name, content: file.text });
    expect([back.header, back.text]).toEqual([d.header, d.text]);
  });

  it('zips them under sources/, in id order, the same bytes each time', () => {
    const docs = [doc('b-doc', 'B', 'Second.'), doc('a-doc', 'A', 'First.')];
    const zip = zipSourceFiles(docs);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['sources/a-doc.txt', 'sources/b-doc.txt']);
    expect(new TextDecoder().decode(files['sources/a-doc.txt'])).toBe(sourceFile(docs[1]!).text);
    expect(zipSourceFiles([...docs].reverse())).toEqual(zip);
  });
});
