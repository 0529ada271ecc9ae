import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  alignVersions,
  counterpartParagraph,
  counterpartSentence,
} from '../../../src/lib/model/version-alignment.ts';
import {
  translationDifferences,
  versionsOf,
} from '../../../src/lib/model/translation-differences.ts';
import { compareYears } from '../../../src/lib/model/year-comparison.ts';
import { buildConceptGraph } from '../../../src/lib/model/concept-graph.ts';
import { themeProfile } from '../../../src/lib/model/theme-profile.ts';
import { buildCorpus, corpusInputs } from '../../../src/lib/corpus/build-corpus.ts';
import { CHINESE_ID, ENGLISH_ID, corpusWithChinese } from '../../support/chinese-fixture.ts';

const corpus = corpusWithChinese();
const en = corpus.documents.find((d) => d.id === ENGLISH_ID)!;
const zh = corpus.documents.find((d) => d.id === CHINESE_ID)!;
const alignment = alignVersions(en, zh, ['English', 'Chinese']);

describe('the Chinese fixture as a version of the 2024 statement', () => {
  it('is segmented into 7 paragraphs (one heading, 一) and 11 sentences, 10 with a concept', () => {
    expect(zh.paragraphs.map((p) => p.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(zh.paragraphs[3]!.number).toBe('一');
    expect(zh.sentences.map((s) => s.id)).toEqual([
      'p1.s1',
      'p2.s1',
      'p2.s2',
      'p3.s1',
      'p3.s2',
      'p3.s3',
      'p4.s1',
      'p5.s1',
      'p6.s1',
      'p7.s1',
      'p7.s2',
    ]);
    expect(corpus.coverage.find((c) => c.doc === CHINESE_ID)).toMatchObject({
      sentences: 11,
      matched: 10,
      unmatched: ['p3.s3'],
    });
  });

  it('counts once: the English is counted, the Chinese mentions are kept apart', () => {
    expect(zh.countedVersion).toBe(ENGLISH_ID);
    expect(en.countedVersion).toBeUndefined();
    expect(corpus.mentions.some((m) => m.doc === CHINESE_ID)).toBe(false);
    expect(corpus.versionMentions.every((m) => m.doc === CHINESE_ID)).toBe(true);
    expect(corpus.themeShares.some((s) => s.doc === CHINESE_ID)).toBe(false);
    const index = indexCorpus(corpus);
    const alone = indexCorpus(corpusWithChinese.english());
    expect(themeProfile(index, 2024)).toEqual(themeProfile(alone, 2024));
    const nodes = (i: typeof index) =>
      buildConceptGraph(i, { year: 2024, themes: null, unit: 'sentence' }).nodes.map((n) => [
        n.id,
        n.mentions,
      ]);
    expect(nodes(index)).toEqual(nodes(alone));
    expect(versionsOf(corpus, CHINESE_ID)).toEqual([ENGLISH_ID, CHINESE_ID]);
  });

  it('aligns the seven paragraphs with the English p1–p7, sentence by sentence where counts agree', () => {
    const paired = alignment.pairs.filter((p) => p.a && p.b);
    expect(paired.map((p) => `${p.a!.id}=${p.b!.id}`)).toEqual([
      'p1=p1',
      'p2=p2',
      'p3=p3',
      'p4=p4',
      'p5=p5',
      'p6=p6',
      'p7=p7',
    ]);
    // The English p1 has three sentences, the Chinese one (date, hosts and theme in one).
    expect(paired[0]!.sentences).toBeNull();
    expect(paired[0]!.note).toBe(
      '3 sentences in English, 1 in Chinese: aligned as paragraphs only',
    );
    expect(paired[6]!.sentences).toEqual([
      { a: 'p7.s1', b: 'p7.s1' },
      { a: 'p7.s2', b: 'p7.s2' },
    ]);
    // Sections 2 and 3 of the English have no Chinese counterpart (the fixture is an excerpt).
    const alone = alignment.pairs.filter((p) => !p.b);
    expect(alone.map((p) => p.a!.id)).toEqual([
      'p8',
      'p9',
      'p10',
      'p11',
      'p12',
      'p13',
      'p14',
      'p15',
      'p16',
    ]);
    expect(alone[0]!.note).toBe('no counterpart in the Chinese version');
    expect(counterpartSentence(alignment, 'a', 'p3.s2')).toBe('p3.s2');
    expect(counterpartSentence(alignment, 'a', 'p1.s2')).toBeNull();
    expect(counterpartParagraph(alignment, 'a', 'p1')).toBe('p1');
    expect(counterpartParagraph(alignment, 'a', 'p9')).toBeNull();
  });

  it('finds what the translation drops: the English p3.s2 says AI, the Chinese says 人工智能应用风险 only', () => {
    const d = translationDifferences(corpus, alignment);
    expect(d.pairs).toHaveLength(7);
    expect(d.agreeing).toBe(6);
    expect(d.onlyACount).toBe(1);
    expect(d.onlyBCount).toBe(0);
    expect(d.unpaired).toBe(9);
    const p3 = d.pairs[2]!;
    expect(p3.onlyA).toEqual([{ concept: 'artificial-intelligence', words: ['AI'] }]);
    expect(p3.sentences[1]).toMatchObject({ a: 'p3.s2', b: 'p3.s2', onlyB: [] });
  });

  it('compares like the English in Compare, apart from what the translation check reports', () => {
    // The 2024 year as the Chinese fixture alone, and as the English p1–p7 alone.
    const inputs = corpusInputs(corpus);
    const english = inputs.documents.find((d) => d.header.id === ENGLISH_ID)!;
    const chinese = inputs.documents.find((d) => d.header.id === CHINESE_ID)!;
    const cut = en.paragraphs[6]!.end;
    const asEnglish = buildCorpus(inputs.codebook, inputs.records, [
      { ...english, text: english.text.slice(0, cut) },
    ]);
    const { versionOf: _drop, ...alone } = chinese.header;
    const asChinese = buildCorpus(inputs.codebook, inputs.records, [{ ...chinese, header: alone }]);
    const sets = (c: typeof corpus) => {
      const r = compareYears(indexCorpus(c), 2023, 2024);
      const ids = (l: typeof r.both) => l.map((x) => x.concept.id);
      return { both: ids(r.both), dropped: ids(r.onlyA), added: ids(r.onlyB) };
    };
    const e = sets(asEnglish);
    const z = sets(asChinese);
    expect(z.dropped).toEqual(e.dropped);
    const diff = translationDifferences(corpus, alignment);
    const onlyEnglish = diff.pairs.flatMap((p) => p.onlyA.map((x) => x.concept));
    // What the English p1–p7 says and the Chinese does not is the only difference.
    expect([...e.both, ...e.added].filter((c) => ![...z.both, ...z.added].includes(c))).toEqual(
      onlyEnglish,
    );
    expect([...z.both, ...z.added].filter((c) => ![...e.both, ...e.added].includes(c))).toEqual([]);
  });
});
