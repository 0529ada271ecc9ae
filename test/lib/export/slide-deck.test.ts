import { describe, expect, it } from 'vitest';
import { enTr, zhTr } from '../../support/i18n.ts';
import { hanIn } from '../../support/language-check.ts';
import { deckFromJson, deckToJson, moveSlide } from '../../../src/lib/export/slide-deck.ts';
import { indexCorpus, urlVocabulary } from '../../../src/lib/model/corpus-index.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());
const vocab = urlVocabulary(index);

describe('deck file', () => {
  const slides = ['#/graph?focus=ai-governance', '#/compare?a=2029&b=2030'];

  it('writes the slides as links with their titles, and reads them back', () => {
    const text = deckToJson(slides, (h) => `title of ${h}`, 'https://example.org/x/', '2025-03-04');
    expect(JSON.parse(text)).toEqual({
      format: 'gdi-explorer-slides',
      version: 1,
      exported: '2025-03-04',
      base: 'https://example.org/x/',
      slides: [
        { title: 'title of #/graph?focus=ai-governance', link: '#/graph?focus=ai-governance' },
        { title: 'title of #/compare?a=2029&b=2030', link: '#/compare?a=2029&b=2030' },
      ],
    });
    expect(deckFromJson(text, vocab)).toEqual({ ok: true, slides, problems: [] });
  });

  it('accepts full links and bare strings, cleans them, and says what it left out', () => {
    const text = JSON.stringify({
      format: 'gdi-explorer-slides',
      version: 1,
      slides: [
        'https://example.org/x/#/graph?focus=nope&year=2030',
        { link: '#/nowhere' },
        { title: 'no link' },
        { link: '#/compare?embed=1&present=1&b=2030' },
      ],
    });
    expect(deckFromJson(text, vocab)).toEqual({
      ok: true,
      slides: ['#/graph?year=2030', '#/compare?b=2030'],
      problems: [
        expect.objectContaining({
          param: 'slide 1: focus',
          value: 'nope',
          reason: 'unknown concept',
        }),
        expect.objectContaining({
          param: 'slide 2',
          value: '#/nowhere',
          reason: 'unknown view; slide left out',
          message: { key: 'url.unknownViewSlide' },
        }),
        expect.objectContaining({
          param: 'slide 3',
          value: '',
          reason: 'no link; slide left out',
          message: { key: 'url.noLinkSlide' },
        }),
      ],
    });
  });

  it.each([
    ['not JSON', '{', 'the file is not JSON'],
    ['an array', '[]', 'the file is not a deck of slides'],
    [
      'another format',
      '{"format":"x"}',
      'the file is not a deck of slides (format is not "gdi-explorer-slides")',
    ],
    [
      'a newer version',
      '{"format":"gdi-explorer-slides","version":9,"slides":[]}',
      'the deck is of a newer version (9) than this explorer reads',
    ],
    ['no slides', '{"format":"gdi-explorer-slides","version":1}', 'the deck has no list of slides'],
  ])('refuses %s with a reason', (_name, text, reason) => {
    const read = deckFromJson(text, vocab);
    if (read.ok) throw new Error('read a file that is not a deck');
    expect(enTr.t(read.reason.key, read.reason.params)).toBe(reason);
    // The same reason in Chinese, for a Chinese page.
    expect(hanIn(zhTr.t(read.reason.key, read.reason.params)).length).toBeGreaterThan(0);
  });
});

describe('moveSlide', () => {
  it.each([
    [0, 2, ['b', 'c', 'a']],
    [2, 0, ['c', 'a', 'b']],
    [1, 1, ['a', 'b', 'c']],
    [3, 0, ['a', 'b', 'c']],
    [0, -1, ['a', 'b', 'c']],
  ])('%s → %s', (from, to, expected) => {
    expect(moveSlide(['a', 'b', 'c'], from, to)).toEqual(expected);
  });
});
