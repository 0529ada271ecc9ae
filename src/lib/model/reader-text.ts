// A document cut for reading: paragraphs (headings kept, with their numbers), sentences, and in
// each sentence the mentions of concepts with their themes. The reader only draws this.

import { sentenceKey } from '../corpus/cooccurrence.ts';
import type { CorpusDocument, Mention, SentenceKey } from '../corpus/types.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { markSentence } from './marked-sentence.ts';

export interface ReaderPart {
  text: string;
  /** The concept this part mentions, and the concept's theme. */
  concept?: string;
  theme?: string;
  /** The uncoded term (its key) this part says, when terms are marked. */
  term?: string;
}

/** Paragraphs drawn together; a long text is drawn chunk by chunk. */
export interface ReaderChunk {
  index: number;
  paragraphs: ReaderParagraph[];
  /** Characters of text in the chunk, to reserve room for it before it is drawn. */
  chars: number;
}

export interface ReaderSentence {
  id: string;
  key: SentenceKey;
  parts: ReaderPart[];
}

export interface ReaderParagraph {
  id: string;
  kind: 'paragraph' | 'heading';
  number?: string;
  sentences: ReaderSentence[];
}

const MARKDOWN_HEADING_MARK = /^#{1,6}\s+/;

/** Cuts a sentence's unmarked parts at the given term occurrences (which never overlap mentions). */
function markTerms(parts: ReaderPart[], start: number, terms: readonly Mention[]): ReaderPart[] {
  if (terms.length === 0) return parts;
  const out: ReaderPart[] = [];
  let at = start;
  for (const part of parts) {
    const end = at + part.text.length;
    if (part.concept !== undefined) out.push(part);
    else {
      let from = at;
      for (const t of terms) {
        if (t.start < from || t.end > end) continue;
        if (t.start > from) out.push({ text: part.text.slice(from - at, t.start - at) });
        out.push({ text: part.text.slice(t.start - at, t.end - at), term: t.ref });
        from = t.end;
      }
      if (from < end) out.push({ text: part.text.slice(from - at) });
    }
    at = end;
  }
  return out;
}

export function readerParagraphs(
  index: CorpusIndex,
  doc: CorpusDocument,
  /** Uncoded term occurrences to mark, in text order. */
  terms: readonly Mention[] = [],
): ReaderParagraph[] {
  const termsBySentence = new Map<string, Mention[]>();
  for (const t of terms)
    termsBySentence.set(t.sentence, [...(termsBySentence.get(t.sentence) ?? []), t]);
  const byParagraph = new Map<string, ReaderSentence[]>();
  for (const s of doc.sentences) {
    const key = sentenceKey(doc.id, s.id);
    const indexed = index.sentenceByKey.get(key);
    if (!indexed) continue;
    const parts: ReaderPart[] = markTerms(
      markSentence(index, indexed, null).parts.map((p) =>
        p.mark === undefined
          ? { text: p.text }
          : { text: p.text, concept: p.mark, theme: index.conceptById.get(p.mark)?.theme },
      ),
      s.start,
      termsBySentence.get(s.id) ?? [],
    );
    const list = byParagraph.get(s.paragraph);
    if (list) list.push({ id: s.id, key, parts });
    else byParagraph.set(s.paragraph, [{ id: s.id, key, parts }]);
  }
  return doc.paragraphs.map((p) => {
    const sentences = byParagraph.get(p.id) ?? [];
    // A Markdown heading shows as a heading, without its '#' marks.
    const head = sentences[0];
    const first = head?.parts[0];
    if (p.kind === 'heading' && head && first && first.concept === undefined && !first.term) {
      first.text = first.text.replace(MARKDOWN_HEADING_MARK, '');
      if (first.text === '') head.parts.shift();
    }
    return {
      id: p.id,
      kind: p.kind,
      ...(p.number !== undefined ? { number: p.number } : {}),
      sentences,
    };
  });
}

/** Sentence id → position of its paragraph in the list. */
export function paragraphIndex(paragraphs: readonly ReaderParagraph[]): Map<string, number> {
  const m = new Map<string, number>();
  paragraphs.forEach((p, i) => p.sentences.forEach((s) => m.set(s.id, i)));
  return m;
}

/** Cuts the paragraphs into chunks of `size`. */
export function readerChunks(paragraphs: readonly ReaderParagraph[], size: number): ReaderChunk[] {
  const chunks: ReaderChunk[] = [];
  for (let i = 0; i < paragraphs.length; i += size) {
    const part = paragraphs.slice(i, i + size);
    let chars = 0;
    for (const p of part)
      for (const s of p.sentences) for (const t of s.parts) chars += t.text.length;
    chunks.push({ index: chunks.length, paragraphs: part, chars });
  }
  return chunks;
}
