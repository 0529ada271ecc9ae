import { describe, expect, it } from 'vitest';
import { standaloneMilestones } from '../../../src/lib/model/standalone-milestones.ts';
import { timelineCorpus } from '../../support/forum-fixtures.ts';

const corpus = timelineCorpus();

describe('standaloneMilestones', () => {
  it('leaves out a milestone that stands for one of the forums, keeping the corpus order', () => {
    // The fixture's forum-2030 stands for the 2030 forum; the other three stand on their own (the
    // built corpus lists milestones by date: 2027-03-05, 2029-11-01, 2029-11-09).
    expect(standaloneMilestones(corpus).map((m) => m.id)).toEqual(['early', 'span', 'same-day']);
  });

  it('keeps a milestone whose forum has no record in the corpus', () => {
    const own = corpus.milestones.find((m) => m.id === 'forum-2030')!;
    const orphan = { ...own, id: 'forum-2031', forum: 2031 };
    const ids = standaloneMilestones({
      forums: corpus.forums,
      milestones: [...corpus.milestones, orphan],
    }).map((m) => m.id);
    expect(ids).toEqual(['early', 'span', 'same-day', 'forum-2031']);
  });
});
