import { describe, expect, it } from 'vitest';
import { uncountedVersions } from '../../../src/lib/corpus/versions.ts';
import { detectLanguage, languageRules } from '../../../src/lib/corpus/language.ts';
import type { SourceHeader } from '../../../src/lib/corpus/types.ts';
import { corpusInputs, buildCorpus } from '../../../src/lib/corpus/build-corpus.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const h = (id: string, language: string, versionOf?: string): SourceHeader => ({
  id,
  title: id,
  year: 2024,
  date: '2024-11-21',
  language,
  kind: 'chair-statement',
  source: '',
  complete: true,
  ...(versionOf ? { versionOf } : {}),
});

describe('uncountedVersions', () => {
  it('counts the version in the interface language, whichever is the original', () => {
    const headers = [h('zh-original', 'zh'), h('en-translation', 'en', 'zh-original')];
    expect(uncountedVersions(headers, 'en')).toEqual(new Map([['zh-original', 'en-translation']]));
    expect(uncountedVersions(headers, 'zh')).toEqual(new Map([['en-translation', 'zh-original']]));
  });

  it('falls back to the original when no version is in the interface language', () => {
    const headers = [h('zh-original', 'zh-Hans'), h('fr', 'fr', 'zh-original')];
    expect(uncountedVersions(headers, 'en')).toEqual(new Map([['fr', 'zh-original']]));
  });

  it('counts every document that has no other version, and a version of a missing document', () => {
    expect(uncountedVersions([h('a', 'en'), h('b', 'zh', 'not-here')], 'en')).toEqual(new Map());
  });
});

describe('languageRules and detectLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh-Hant-TW', 'zh'],
    ['fr', null],
    ['und', null],
  ])('%s → %s', (tag, rules) => expect(languageRules(tag)).toBe(rules));

  it('detects Chinese (with Latin acronyms), English, and neither', () => {
    expect(detectLanguage('加强AI治理，推动5G网络和APEC合作。').tag).toBe('zh');
    expect(detectLanguage('We call on all parties to support the initiative.').tag).toBe('en');
    expect(
      detectLanguage('Nous appelons toutes les parties à soutenir cette initiative.').tag,
    ).toBe('und');
    expect(detectLanguage('Мы призываем все стороны').tag).toBe('und');
    expect(detectLanguage('2024 — 11 — 21').tag).toBe('und');
  });
});

describe('a text in a language without phrases', () => {
  it('is added, read, counted in words, and says that nothing can match', () => {
    const inputs = corpusInputs(miniCorpus());
    const corpus = buildCorpus(inputs.codebook, inputs.records, [
      ...inputs.documents,
      {
        header: { ...h('note-fr', 'fr'), year: 2030, date: '2030-01-01' },
        text: 'La coopération en matière de données (data flow) progresse. Elle continue.',
        origin: 'user',
      },
    ]);
    const doc = corpus.documents.find((d) => d.id === 'note-fr')!;
    expect(doc.sentences).toHaveLength(2);
    expect(doc.wordCount).toBe(11);
    expect(corpus.mentions.filter((m) => m.doc === 'note-fr')).toEqual([]);
    expect(corpus.coverage.find((c) => c.doc === 'note-fr')!.note).toBe(
      'no concepts are matched: the text is in fr, and the codebook has phrases in English and Chinese only',
    );
  });
});
