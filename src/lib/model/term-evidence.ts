// The sentences behind an uncoded term, in the same shape as a concept's evidence (so the same
// panel shows them). What else the views ask of the terms is in terms-said.ts (loaded at open,
// without the evidence code).

import { sentenceKey } from '../corpus/cooccurrence.ts';
import type { UncodedTerm } from '../corpus/term-index.ts';
import type { CorpusIndex, IndexedSentence } from './corpus-index.ts';
import { cutAtMentions, type Evidence } from './evidence.ts';

/** Sentences saying the term, in reading order, the term's words marked (mark = its key). */
export function termEvidence(index: CorpusIndex, term: UncodedTerm): Evidence {
  const bySentence = new Map<string, UncodedTerm['occurrences']>();
  for (const o of term.occurrences) {
    const key = sentenceKey(o.doc, o.sentence);
    bySentence.set(key, [...(bySentence.get(key) ?? []), o]);
  }
  const sentences = [...bySentence.keys()]
    .map((k) => index.sentenceByKey.get(k))
    .filter((s): s is IndexedSentence => s !== undefined)
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ sentence: s, parts: cutAtMentions(s, bySentence.get(s.key)!) }));
  // The term is quoted in the language of the text that says it; the note is the interface's.
  return {
    title: term.text,
    titleLang: sentences[0]?.sentence.doc.language ?? 'en',
    titleNote: { key: 'evidence.notInCodebook' },
    sentences,
    coded: [],
  };
}
