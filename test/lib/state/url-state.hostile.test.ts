// The URL contract against hostile links (test/support/hostile-urls.ts): parsing never throws,
// whatever comes in; the canonical link it gives is stable (parse ∘ serialise is the identity on
// it); every value it keeps is one the corpus has (a year with a forum, a known concept, …); and
// what is echoed back to the reader in a notice is cut to a readable length.

import { describe, expect, it } from 'vitest';
import { indexCorpus, urlVocabulary } from '../../../src/lib/model/corpus-index.ts';
import {
  PARAM_ORDER,
  paramAppliesTo,
  parseUrl,
  READER_PANELS,
  serializeUrl,
  type UrlState,
  type UrlVocabulary,
} from '../../../src/lib/state/url-state.ts';
import { hostileUrls } from '../../support/hostile-urls.ts';
import { realCorpus } from '../../support/mini-corpus.ts';

const vocab = urlVocabulary(indexCorpus(realCorpus()));

/** Each parameter the parser kept, checked against the vocabulary by hand: [name, why it is wrong]. */
function outsideVocabulary(s: UrlState, v: UrlVocabulary): [string, unknown][] {
  const wrong: [string, unknown][] = [];
  const check = (name: string, value: unknown, fine: boolean): void => {
    if (!fine) wrong.push([name, value]);
  };
  const isYear = (y: number | null): boolean => y === null || v.years.includes(y);
  const isConcept = (c: string): boolean => v.concepts.has(c);
  check('themes', s.themes, s.themes === null || s.themes.every((t) => v.themes.includes(t)));
  check('theme', s.theme, s.theme === null || v.themes.includes(s.theme));
  check('year', s.year, isYear(s.year));
  check('a', s.a, isYear(s.a));
  check('b', s.b, isYear(s.b));
  check('focus', s.focus, s.focus === null || isConcept(s.focus));
  const ends = s.link?.split('~') ?? [];
  check('link', s.link, s.link === null || (ends.length === 2 && ends.every(isConcept)));
  check('unit', s.unit, s.unit === 'sentence' || s.unit === 'paragraph');
  const sel = s.sel;
  check('sel', sel, sel === null || v.milestones.has(sel) || v.years.includes(Number(sel)));
  const inRange = (n: number | null): boolean =>
    n === null || (Number.isInteger(n) && n >= 1900 && n <= 2200);
  check('from', s.from, inRange(s.from));
  check('to', s.to, inRange(s.to) && (s.to === null || s.from === null || s.to > s.from));
  check('place', s.place, s.place === null || v.places.has(s.place));
  check('doc', s.doc, s.doc === null || v.documents.has(s.doc));
  const doc = s.doc ?? [...v.documents.keys()][0]!;
  check('s', s.s, s.s === null || (v.documents.get(doc)?.has(s.s) ?? false));
  check('panel', s.panel, s.panel === null || READER_PANELS.includes(s.panel));
  check(
    'present',
    s.present,
    s.present === null || (s.present >= 1 && s.present <= s.slides.length),
  );
  return wrong;
}
const urls = hostileUrls(vocab, 200);

describe('parseUrl on 200 hostile links', () => {
  it('gets 200 different links from its seed, the same ones every time', () => {
    expect(new Set(urls).size).toBeGreaterThan(180);
    expect(hostileUrls(vocab, 200)).toEqual(urls);
    expect(hostileUrls(vocab, 200, 1)).not.toEqual(urls);
  });

  it.each(urls.map((u, i) => [i, u]))(
    '#%i never throws, and settles on a canonical link',
    (_i, url) => {
      const parsed = parseUrl(url, vocab);
      expect(outsideVocabulary(parsed.state, vocab)).toEqual([]);
      const canonical = serializeUrl(parsed.state);
      const again = parseUrl(canonical, vocab);
      expect(again.problems).toEqual([]);
      // Same route and same value of every parameter the route shows (the others are not written).
      expect(again.state.route).toBe(parsed.state.route);
      for (const name of PARAM_ORDER)
        if (paramAppliesTo(name, parsed.state.route))
          expect(again.state[name], name).toEqual(parsed.state[name]);
      expect(serializeUrl(again.state)).toBe(canonical);
      for (const p of parsed.problems) expect(p.value.length).toBeLessThanOrEqual(80);
    },
  );
});
