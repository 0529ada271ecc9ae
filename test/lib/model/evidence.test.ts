import { describe, expect, it } from 'vitest';
import { indexCorpus, urlVocabulary, yearBasis } from '../../../src/lib/model/corpus-index.ts';
import { conceptEvidence, linkEvidence } from '../../../src/lib/model/evidence.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());
const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('conceptEvidence', () => {
  it('lists every sentence that mentions the concept, in reading order, with its words marked', () => {
    const ev = conceptEvidence(index, 'data-flow');
    expect(ev.title).toBe('Data flow');
    expect(ev.sentences.map((s) => s.sentence.sentence.id)).toEqual(['p1.s2', 'p3.s2', 'p3.s4']);
    expect(ev.sentences[0]!.parts).toEqual([
      { text: 'We support ' },
      { text: 'cross-border data flows', mark: 'data-flow' },
      { text: ' and data security.' },
    ]);
    for (const s of ev.sentences) expect(joined(s.parts)).toBe(s.sentence.text);
  });

  it('brings record-coded entries separately', () => {
    const ev = conceptEvidence(index, 'data-flow');
    expect(ev.coded.map((c) => [c.year, c.note])).toEqual([[2029, 'Also named.']]);
    expect(conceptEvidence(index, 'coded-only').sentences).toEqual([]);
  });

  it('filters by year', () => {
    expect(conceptEvidence(index, 'data-flow', { year: 2029 }).sentences).toEqual([]);
    expect(conceptEvidence(index, 'data-flow', { year: 2029 }).coded).toHaveLength(1);
    expect(conceptEvidence(index, 'data-flow', { year: 2030 }).coded).toHaveLength(0);
  });
});

describe('linkEvidence', () => {
  it('by sentence: the sentences that say both, both marked', () => {
    const ev = linkEvidence(index, 'data-security', 'data-flow', 'sentence');
    expect(ev.title).toBe('Data security + Data flow');
    expect(ev.sentences.map((s) => s.sentence.sentence.id)).toEqual(['p1.s2']);
    expect(ev.sentences[0]!.parts.filter((p) => p.mark).map((p) => p.mark)).toEqual([
      'data-flow',
      'data-security',
    ]);
  });

  it('by paragraph: the sentences of shared paragraphs that say either', () => {
    const ev = linkEvidence(index, 'artificial-intelligence', 'data-flow', 'paragraph');
    expect(ev.sentences.map((s) => s.sentence.sentence.id)).toEqual([
      'p1.s2',
      'p1.s3',
      'p3.s2',
      'p3.s3',
      'p3.s4',
    ]);
  });

  it('is empty for concepts never said together', () => {
    expect(linkEvidence(index, 'computing', 'data-security', 'sentence').sentences).toEqual([]);
  });

  it('counts two concepts coded in the same year’s record as linked there', () => {
    expect(
      linkEvidence(index, 'coded-only', 'data-flow', 'sentence').coded.map((c) => c.concept),
    ).toEqual(['coded-only', 'data-flow']);
  });
});

describe('yearBasis and urlVocabulary', () => {
  it('rests a year on its text when it has one, else on its record', () => {
    expect(yearBasis(index, 2030).kind).toBe('text');
    const y2029 = yearBasis(index, 2029);
    expect(y2029.kind).toBe('record');
    if (y2029.kind === 'record')
      expect(y2029.coded.map((c) => c.concept)).toEqual(['coded-only', 'data-flow']);
    expect(yearBasis(index, 2031).kind).toBe('none');
  });

  it('lists what links may name', () => {
    const v = urlVocabulary(index);
    expect(v.themes).toEqual(['data', 'ai', 'infra']);
    expect(v.years).toEqual([2029, 2030]);
    expect(v.renamedConcepts).toEqual({ 'data-flows-old': 'data-flow' });
    expect([...v.documents.get('fixture-statement')!]).toContain('p3.s4');
  });
});

describe('conceptYearPresence', () => {
  it('tells text mentions from record codes, per year', async () => {
    const { conceptYearPresence } = await import('../../../src/lib/model/year-presence.ts');
    const presence = conceptYearPresence(index);
    expect(presence.get('data-flow')).toEqual([
      { year: 2029, mentions: 0, coded: true },
      { year: 2030, mentions: 3, coded: false },
    ]);
    expect(presence.get('coded-only')).toEqual([{ year: 2029, mentions: 0, coded: true }]);
    expect(presence.get('computing')).toEqual([{ year: 2030, mentions: 1, coded: false }]);
  });
});
