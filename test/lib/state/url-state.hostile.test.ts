// The URL contract against hostile links (test/support/hostile-urls.ts): parsing never throws,
// whatever comes in; the canonical link it gives is stable (parse ∘ serialise is the identity on
// it); and what is echoed back to the reader in a notice is cut to a readable length.

import { describe, expect, it } from 'vitest';
import { indexCorpus, urlVocabulary } from '../../../src/lib/model/corpus-index.ts';
import {
  PARAM_ORDER,
  paramAppliesTo,
  parseUrl,
  serializeUrl,
} from '../../../src/lib/state/url-state.ts';
import { hostileUrls } from '../../support/hostile-urls.ts';
import { realCorpus } from '../../support/mini-corpus.ts';

const vocab = urlVocabulary(indexCorpus(realCorpus()));
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
