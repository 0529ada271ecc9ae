import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { mentionEvidence } from '../../../src/lib/model/named-evidence.ts';
import { conceptYearEvidence, themeYearEvidence } from '../../../src/lib/model/year-evidence.ts';
import { corpusWithAdded2029 } from '../../support/forum-fixtures.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { enTr, zhTr } from '../../support/i18n.ts';

const index = indexCorpus(miniCorpus());
const sids = (e: { sentences: { sentence: { key: string } }[] }) =>
  e.sentences.map((s) => s.sentence.key);

describe('conceptYearEvidence', () => {
  it('text year: sentences; record year: coded entries; and how many of each per year', () => {
    const e = conceptYearEvidence(index, 'data-flow', [2029, 2030], enTr);
    expect(sids(e)).toEqual([
      'fixture-statement:p1.s2',
      'fixture-statement:p3.s2',
      'fixture-statement:p3.s4',
    ]);
    expect(e.coded.map((c) => [c.year, c.note])).toEqual([[2029, 'Also named.']]);
    expect(e.years).toEqual([
      { year: 2029, basis: 'record', sentences: 0, coded: 1 },
      { year: 2030, basis: 'text', sentences: 3, coded: 0 },
    ]);
    expect(e.title).toBe('Data flow, 2029 and 2030');
  });

  it('titles the evidence in Chinese with the concept’s Chinese label', () => {
    const corpus = miniCorpus();
    corpus.codebook.concepts.find((c) => c.id === 'data-flow')!.labelZh = '数据流动';
    const e = conceptYearEvidence(indexCorpus(corpus), 'data-flow', [2029, 2030], zhTr);
    expect(e.title).toBe('数据流动，2029和2030年');
  });

  it('once 2029 has a text, its record entries are no longer evidence for 2029', () => {
    const e = conceptYearEvidence(
      indexCorpus(corpusWithAdded2029()),
      'data-security',
      [2029],
      enTr,
    );
    expect(sids(e)).toEqual(['fixture-2029-statement:p1.s1']);
    expect(
      conceptYearEvidence(indexCorpus(corpusWithAdded2029()), 'data-flow', [2029], enTr).coded,
    ).toEqual([]);
  });
});

describe('themeYearEvidence', () => {
  it('gathers every concept of the theme, marking only those', () => {
    const e = themeYearEvidence(index, 'infra', [2029, 2030], enTr);
    expect(sids(e)).toEqual(['fixture-statement:p3.s1']);
    expect(e.sentences[0]!.parts.filter((p) => p.mark).map((p) => [p.text, p.mark])).toEqual([
      ['computing infrastructure', 'computing'],
    ]);
    expect(e.coded.map((c) => c.concept)).toEqual(['coded-only']);
  });
});

describe('mentionEvidence', () => {
  it('cuts the sentence at the naming words', () => {
    const e = mentionEvidence(
      index,
      'U.N.',
      index.corpus.placeMentions.filter((m) => m.ref === 'un'),
    );
    expect(e.sentences).toHaveLength(1);
    expect(e.sentences[0]!.parts.slice(0, 3)).toEqual([
      { text: 'The ' },
      { text: 'U.N.', mark: 'un' },
      { text: ' Secretary-General spoke on AI governance and artificial intelligence (AI).' },
    ]);
    expect(e.coded).toEqual([]);
  });
});
