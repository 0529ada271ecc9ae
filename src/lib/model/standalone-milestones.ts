// A milestone that stands for a forum of the corpus (its `forum` field) is folded into that forum,
// so the timeline and the map show each forum once. One rule for both views.

import type { Corpus, Milestone } from '../corpus/types.ts';

/** The corpus's milestones that do not stand for one of its forums, in the corpus's order. */
export function standaloneMilestones(corpus: Pick<Corpus, 'forums' | 'milestones'>): Milestone[] {
  const forumYears = new Set(corpus.forums.map((f) => f.year));
  return corpus.milestones.filter((m) => !(m.forum !== undefined && forumYears.has(m.forum)));
}
