// A sentence cut into plain and marked parts at its mentions: what the evidence panel and the
// reader's text both show. Apart from evidence.ts, so that the reader opens without the code that
// gathers a selection's evidence.

import type { Mention } from '../corpus/types.ts';
import type { CorpusIndex, IndexedSentence } from './corpus-index.ts';
import type { EvidenceSentence, TextPart } from './evidence.ts';

/** Cuts a sentence into parts, marking the mentions of the given concepts (all concepts if null). */
export function markSentence(
  index: CorpusIndex,
  s: IndexedSentence,
  concepts: ReadonlySet<string> | null,
): EvidenceSentence {
  const mentions = (index.mentionsBySentence.get(s.key) ?? []).filter(
    (m) => concepts === null || concepts.has(m.ref),
  );
  return { sentence: s, parts: cutAtMentions(s, mentions) };
}

/** Cuts a sentence at the given mentions (in text order; overlapping ones skipped), marking each by its ref. */
export function cutAtMentions(s: IndexedSentence, mentions: readonly Mention[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = s.sentence.start;
  for (const m of mentions) {
    if (m.start < at) continue;
    if (m.start > at) parts.push({ text: s.doc.text.slice(at, m.start) });
    parts.push({ text: m.text, mark: m.ref });
    at = m.end;
  }
  if (at < s.sentence.end) parts.push({ text: s.doc.text.slice(at, s.sentence.end) });
  return parts;
}
