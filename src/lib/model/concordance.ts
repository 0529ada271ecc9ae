// The concordance of a concept: every mention in the texts, each as a keyword-in-context line, in
// reading order. Years known only from their records have no lines: their coded entries are
// listed apart (see conceptEvidence), never mixed with text matches.

import { sentenceKey } from '../corpus/cooccurrence.ts';
import type { Mention } from '../corpus/types.ts';
import type { CorpusIndex, IndexedSentence } from './corpus-index.ts';
import { kwic, type KwicLine } from './kwic.ts';

export interface ConcordanceLine {
  sentence: IndexedSentence;
  mention: Mention;
  line: KwicLine;
}

export function concordance(
  index: CorpusIndex,
  conceptId: string,
  { year = null, contextWords = 6 }: { year?: number | null; contextWords?: number } = {},
): ConcordanceLine[] {
  const lines: ConcordanceLine[] = [];
  for (const mention of index.mentionsByConcept.get(conceptId) ?? []) {
    const sentence = index.sentenceByKey.get(sentenceKey(mention.doc, mention.sentence));
    if (!sentence || (year !== null && sentence.doc.year !== year)) continue;
    const offset = sentence.sentence.start;
    lines.push({
      sentence,
      mention,
      line: kwic(sentence.text, mention.start - offset, mention.end - offset, contextWords),
    });
  }
  return lines.sort(
    (a, b) => a.sentence.order - b.sentence.order || a.mention.start - b.mention.start,
  );
}
