// Evidence for a named thing that is not a concept: a milestone or a place. The sentences that name
// it (corpus.milestoneMentions or corpus.placeMentions), with the naming words marked.

import { sentenceKey } from '../corpus/cooccurrence.ts';
import type { Mention, SentenceKey } from '../corpus/types.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { cutAtMentions, type Evidence, type EvidenceSentence } from './evidence.ts';

/** The sentences of the given mentions, in reading order, each cut at its mentions. */
export function mentionEvidence(
  index: CorpusIndex,
  title: string,
  mentions: readonly Mention[],
): Evidence {
  const bySentence = new Map<SentenceKey, Mention[]>();
  for (const m of mentions) {
    const key = sentenceKey(m.doc, m.sentence);
    const list = bySentence.get(key);
    if (list) list.push(m);
    else bySentence.set(key, [m]);
  }
  const sentences: EvidenceSentence[] = [];
  for (const [key, list] of bySentence) {
    const s = index.sentenceByKey.get(key);
    if (!s) continue;
    const parts = cutAtMentions(
      s,
      [...list].sort((x, y) => x.start - y.start),
    );
    sentences.push({ sentence: s, parts });
  }
  sentences.sort((x, y) => x.sentence.order - y.sentence.order);
  return { title, sentences, coded: [] };
}
