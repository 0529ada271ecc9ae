import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  paragraphIndex,
  readerChunks,
  readerParagraphs,
} from '../../../src/lib/model/reader-text.ts';
import { corpusOfTexts, miniCorpus } from '../../support/mini-corpus.ts';

describe('readerParagraphs', () => {
  const index = indexCorpus(miniCorpus());
  const paragraphs = readerParagraphs(index, index.documentById.get('fixture-statement')!);

  it('keeps paragraphs, the numbered heading and every sentence id', () => {
    expect(paragraphs.map((p) => [p.id, p.kind, p.number, p.sentences.map((s) => s.id)])).toEqual([
      ['p1', 'paragraph', undefined, ['p1.s1', 'p1.s2', 'p1.s3']],
      ['p2', 'heading', '1', ['p2.s1']],
      ['p3', 'paragraph', undefined, ['p3.s1', 'p3.s2', 'p3.s3', 'p3.s4']],
    ]);
    expect(paragraphs[1]!.sentences[0]!.parts.map((p) => p.text).join('')).toBe(
      '1. Building Infrastructure',
    );
  });

  it('cuts a sentence into text and mentions with their concept and theme', () => {
    expect(paragraphs[0]!.sentences[1]!.parts).toEqual([
      { text: 'We support ' },
      { text: 'cross-border data flows', concept: 'data-flow', theme: 'data' },
      { text: ' and ' },
      { text: 'data security', concept: 'data-security', theme: 'data' },
      { text: '.' },
    ]);
    expect(paragraphs[0]!.sentences[1]!.key).toBe('fixture-statement:p1.s2');
  });

  it('shows a Markdown heading without its # marks', () => {
    const md = indexCorpus(
      corpusOfTexts([{ id: 'md', year: 2030, text: '## Data security first\n\nText here.' }]),
    );
    const [heading] = readerParagraphs(md, md.documentById.get('md')!);
    expect(heading!.kind).toBe('heading');
    expect(heading!.sentences[0]!.parts).toEqual([
      { text: 'Data security', concept: 'data-security', theme: 'data' },
      { text: ' first' },
    ]);
  });

  it('maps each sentence to the position of its paragraph', () => {
    expect(paragraphIndex(paragraphs).get('p3.s4')).toBe(2);
    expect(paragraphIndex(paragraphs).get('p2.s1')).toBe(1);
  });
});

describe('readerChunks', () => {
  it('cuts paragraphs into chunks and counts their characters', () => {
    const index = indexCorpus(miniCorpus());
    const paragraphs = readerParagraphs(index, index.documentById.get('fixture-statement')!);
    const chunks = readerChunks(paragraphs, 2);
    expect(chunks.map((c) => [c.index, c.paragraphs.map((p) => p.id)])).toEqual([
      [0, ['p1', 'p2']],
      [1, ['p3']],
    ]);
    // p3: "Build computing infrastructure; Bridge gaps in cross border data flow. Think of AI. Data flow matters."
    // is 102 characters; the three spaces between its four sentences are not part of any sentence.
    expect(chunks[1]!.chars).toBe(102 - 3);
  });
});
